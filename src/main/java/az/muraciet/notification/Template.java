package az.muraciet.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.text.StringSubstitutor;

/** One template file: text with {@code ${placeholder}}s, each one of {@link Placeholders#ALL}. */
record Template(String path, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^{}]*)}");

    List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** What an editor has to fix: unknown and unclosed placeholders, each with this file's path. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<String> names = placeholders();
        names.stream().filter(name -> !Placeholders.ALL.contains(name)).distinct().forEach(name -> problems.add(
                path + ": unknown placeholder ${" + name + "}, the known ones are " + known()));
        if (text.split("\\$\\{", -1).length - 1 > names.size()) {
            problems.add(path + ": a placeholder opened with ${ is not closed with }");
        }
        return problems;
    }

    /** The text with every placeholder replaced by its value, escaped; a value is never read as a template itself. */
    String fill(Map<String, String> values, UnaryOperator<String> escape) {
        Map<String, String> escaped = new HashMap<>();
        for (String name : placeholders()) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(path + ": no value for the placeholder ${" + name + "}");
            }
            escaped.put(name, escape.apply(value));
        }
        StringSubstitutor substitutor = new StringSubstitutor(escaped);
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setDisableSubstitutionInValues(true);
        return substitutor.replace(text);
    }

    private static String known() {
        return Placeholders.ALL.stream().sorted().map(name -> "${" + name + "}").collect(Collectors.joining(" "));
    }
}
