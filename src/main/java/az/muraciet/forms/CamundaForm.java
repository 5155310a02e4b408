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
 * A Camunda Form (form-js JSON) reduced to what the server needs to enforce its rules: the form id and its input
 * fields, with the fields of groups flattened into one list.
 */
public record CamundaForm(String id, List<Field> fields) {

    public CamundaForm {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
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
            List<String> hideConditions) {

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
}
