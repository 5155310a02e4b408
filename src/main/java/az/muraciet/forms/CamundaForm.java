package az.muraciet.forms;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Camunda Form (form-js JSON) as the server uses it: the form id; its input fields with their rules, the fields of
 * groups flattened into one list (what validation needs); and its components as the analyst laid them out, groups
 * nesting their own (what rendering needs).
 */
public record CamundaForm(String id, List<Field> fields, List<Component> components) {

    public CamundaForm {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
        components = List.copyOf(components);
    }

    /** A form known only by its rules, without layout. */
    public CamundaForm(String id, List<Field> fields) {
        this(id, fields, List.of());
    }

    /** @throws IllegalArgumentException naming the problem if the JSON is malformed or not a usable form */
    public static CamundaForm parse(InputStream json) {
        return FormDefinitionReader.read(json);
    }

    /** @throws IllegalArgumentException naming the problem if the JSON is malformed or not a usable form */
    public static CamundaForm parse(String json) {
        return parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /**
     * One input field. {@code key} is the full data path (a group's {@code path} joined with dots); {@code values}
     * are the static option values; {@code hideConditions} are the FEEL {@code conditional.hide} expressions of the
     * field and of the groups around it, as written in the form (leading {@code =} included).
     * {@code disallowPassedDates} is the form editor's "Disallow past dates" of a date field; {@code notBefore} is the
     * key of another date field this one may not be earlier than (the custom property {@code notBefore}).
     */
    public record Field(
            String key,
            String type,
            String subtype,
            String label,
            boolean required,
            Integer minLength,
            Integer maxLength,
            Pattern pattern,
            BigDecimal min,
            BigDecimal max,
            Integer decimalDigits,
            String validationType,
            List<String> values,
            String valuesKey,
            String valuesExpression,
            boolean disabled,
            boolean readonly,
            String readonlyCondition,
            List<String> hideConditions,
            boolean disallowPassedDates,
            String notBefore) {

        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
            values = List.copyOf(values);
            hideConditions = List.copyOf(hideConditions);
        }

        /** A field the user cannot edit, shown only to display case data. */
        public boolean displayOnly() {
            return disabled || readonly;
        }

        public boolean hasOptions() {
            return switch (type) {
                case "select", "radio", "checklist", "taglist" -> true;
                default -> false;
            };
        }

        public boolean multipleValues() {
            return type.equals("checklist") || type.equals("taglist");
        }
    }

    /**
     * One component of the layout, in the order of the form. {@code field} is the input field (with its rules) for
     * input components and null otherwise; {@code components} are the children of a group. {@code hideCondition} is
     * the component's own {@code conditional.hide} (a group's hides its children too). {@code defaultValue} is the
     * form's {@code defaultValue} as a String, BigDecimal, Boolean or List, or null. {@code text} is the text of a
     * {@code text} component, as written (Markdown, or a FEEL expression if it starts with {@code =}).
     * {@code row} and {@code columns} are the form editor's grid placement (columns out of 16), null if not set.
     */
    public record Component(
            String id,
            String type,
            String label,
            String description,
            String placeholder,
            String text,
            Object defaultValue,
            List<Option> options,
            String hideCondition,
            String row,
            Integer columns,
            Field field,
            List<Component> components) {

        public Component {
            Objects.requireNonNull(type, "type");
            options = List.copyOf(options);
            components = List.copyOf(components);
        }

        /** The full data key of an input component, null for the others. */
        public String key() {
            return field == null ? null : field.key();
        }
    }

    /** A choice offered by a select, radio, checklist or taglist: what the user sees and what is submitted. */
    public record Option(String label, String value) {

        public Option {
            Objects.requireNonNull(value, "value");
            label = label == null ? value : label;
        }
    }
}
