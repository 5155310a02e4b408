package az.muraciet.forms;

import az.muraciet.forms.CamundaForm.Field;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of an HTML form post (every value a string, a checkbox absent when unticked) as the typed values
 * {@link FormValidator} and the intake expect from a JSON client: number → {@link BigDecimal}, checkbox →
 * {@link Boolean}, checklist and taglist → list of strings, everything else text. A value that does not convert
 * stays the text the user typed, so the validator names the field ("rəqəm olmalıdır") and the page shows it again
 * as typed. Blank values are left out (as if not filled in); one-line texts are trimmed; line breaks in text areas
 * become {@code \n}, as the browser counted them.
 */
public final class FormParameters {

    private FormParameters() {
    }

    /**
     * @param parameters the request's parameters, each with all its values
     * @param ignored names that belong to the page, not to the form (the CSRF token)
     * @return the values of the form's editable fields in the form's order, followed by every other posted parameter
     *     (a string, or a list if repeated) so that the intake can refuse fields the form does not have
     */
    public static Map<String, Object> values(CamundaForm form, Map<String, ? extends List<String>> parameters,
            Set<String> ignored) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            if (field.displayOnly()) {
                continue;
            }
            Object value = value(field, parameters.get(field.key()));
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        parameters.forEach((name, posted) -> {
            if (name != null && !ignored.contains(name) && form.field(name).isEmpty() && posted != null) {
                values.put(name, posted.size() == 1 ? posted.get(0) : List.copyOf(posted));
            }
        });
        return values;
    }

    private static Object value(Field field, List<String> posted) {
        List<String> given = posted == null ? List.of()
                : posted.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (field.type().equals("checkbox")) {
            return checkbox(given);
        }
        if (field.multipleValues()) {
            return given.isEmpty() ? null : given.stream().map(String::strip).toList();
        }
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() > 1) {
            return List.copyOf(given); // one field, many values: the validator reports the wrong type
        }
        String text = given.get(0);
        return switch (field.type()) {
            case "number" -> number(text.strip());
            case "textarea" -> text.replace("\r\n", "\n").replace('\r', '\n');
            default -> text.strip();
        };
    }

    /** An unticked checkbox sends nothing: that is {@code false}, not "not filled in". */
    private static Object checkbox(List<String> given) {
        if (given.isEmpty()) {
            return Boolean.FALSE;
        }
        if (given.size() > 1) {
            return List.copyOf(given);
        }
        String text = given.get(0).strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("on")) {
            return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
    }

    /** {@code 12.5}, and {@code 12,5} as Azerbaijanis write it; anything else stays text. */
    private static Object number(String text) {
        String normalised = text.indexOf('.') < 0 && text.chars().filter(c -> c == ',').count() == 1
                ? text.replace(',', '.')
                : text;
        if (!normalised.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,2})?") || normalised.length() > 60) {
            return text;
        }
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
