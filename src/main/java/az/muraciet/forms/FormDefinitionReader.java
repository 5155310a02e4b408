package az.muraciet.forms;

import az.muraciet.forms.CamundaForm.Component;
import az.muraciet.forms.CamundaForm.Field;
import az.muraciet.forms.CamundaForm.Option;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

final class FormDefinitionReader {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime");

    private static final Set<String> NON_INPUT_TYPES = Set.of(
            "text", "spacer", "separator", "image", "button", "html", "iframe", "table", "documentPreview",
            "expression");

    /**
     * A date field's custom property (form editor: Custom properties) naming the key of another date field it may
     * not be earlier than, e.g. a planned end not before the start.
     */
    static final String NOT_BEFORE = "notBefore";

    private final String formId;
    private final List<Field> fields = new ArrayList<>();

    private FormDefinitionReader(String formId) {
        this.formId = formId;
    }

    static CamundaForm read(InputStream json) {
        JsonNode root = readTree(json);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Form JSON must be an object");
        }
        String id = text(root, "id");
        if (id == null) {
            throw new IllegalArgumentException("Form has no \"id\"");
        }
        FormDefinitionReader reader = new FormDefinitionReader(id);
        List<Component> components = reader.collect(root.get("components"), "", List.of(), "form");
        reader.checkDateOrder();
        return new CamundaForm(id, reader.fields, components);
    }

    /** A date field's {@code notBefore} names another date field of the same form. */
    private void checkDateOrder() {
        for (Field field : fields) {
            if (field.notBefore() != null && fields.stream().noneMatch(other -> other.key().equals(field.notBefore())
                    && other.type().equals("datetime") && !other.key().equals(field.key()))) {
                throw invalid("field '" + field.key() + "' has " + NOT_BEFORE + " '" + field.notBefore()
                        + "', which is no other date field of the form");
            }
        }
    }

    private static JsonNode readTree(InputStream json) {
        if (json == null) {
            throw new IllegalArgumentException("Form JSON is missing");
        }
        try (json) {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("Form JSON is malformed" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Form JSON cannot be read: " + e.getMessage(), e);
        }
    }

    private List<Component> collect(JsonNode components, String pathPrefix, List<String> hideConditions, String owner) {
        List<Component> layout = new ArrayList<>();
        if (components == null || components.isNull()) {
            return layout;
        }
        if (!components.isArray()) {
            throw invalid("\"components\" of " + owner + " must be an array");
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String name = component.isObject() && text(component, "id") != null
                    ? "'" + text(component, "id") + "'"
                    : "#" + (i + 1) + " of " + owner;
            String type = component.isObject() ? text(component, "type") : null;
            if (type == null) {
                throw invalid("component " + name + " has no \"type\"");
            }
            if (type.equals("group")) {
                String path = text(component, "path");
                List<Component> children = collect(component.get("components"),
                        path == null ? pathPrefix : pathPrefix + path + ".",
                        withHideCondition(hideConditions, component),
                        "group " + name);
                layout.add(component(component, type, null, children));
            } else if (INPUT_TYPES.contains(type)) {
                Field field = field(component, type, name, pathPrefix, withHideCondition(hideConditions, component));
                fields.add(field);
                layout.add(component(component, type, field, List.of()));
            } else if (NON_INPUT_TYPES.contains(type)) {
                layout.add(component(component, type, null, List.of()));
            } else {
                throw invalid("component " + name + " has type '" + type + "', which the server cannot validate");
            }
        }
        return layout;
    }

    private static Component component(JsonNode node, String type, Field field, List<Component> children) {
        JsonNode layout = node.path("layout");
        JsonNode columns = layout.path("columns");
        return new Component(
                text(node, "id"),
                type,
                field != null ? field.label() : text(node, "label"),
                text(node, "description"),
                text(node, "placeholder"),
                text(node, "text"),
                plainValue(node.get("defaultValue")),
                options(node),
                text(node.path("conditional"), "hide"),
                text(layout, "row"),
                columns.canConvertToInt() && columns.isIntegralNumber() ? columns.asInt() : null,
                field,
                children);
    }

    private static List<Option> options(JsonNode node) {
        List<Option> options = new ArrayList<>();
        for (JsonNode option : node.path("values")) {
            JsonNode value = option.get("value");
            if (value != null && value.isValueNode() && !value.isNull()) {
                options.add(new Option(text(option, "label"), value.asText()));
            }
        }
        return options;
    }

    /** A JSON value as String, BigDecimal, Boolean or List of those; null for null, objects and absence. */
    private static Object plainValue(JsonNode value) {
        if (value == null || value.isNull() || value.isObject()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(element -> {
                Object plain = plainValue(element);
                if (plain != null) {
                    list.add(plain);
                }
            });
            return list;
        }
        return value.asText();
    }

    private Field field(JsonNode node, String type, String name, String pathPrefix, List<String> hideConditions) {
        String key = text(node, "key");
        if (key == null) {
            throw invalid(type + " " + name + " has no \"key\"");
        }
        String fullKey = pathPrefix + key;
        JsonNode validate = node.path("validate");
        JsonNode readonly = node.get("readonly");
        String readonlyCondition = readonly != null && readonly.isTextual() && readonly.asText().startsWith("=")
                ? readonly.asText()
                : null;
        return new Field(
                fullKey,
                type,
                text(node, "subtype"),
                label(node, fullKey),
                validate.path("required").asBoolean(false),
                integer(validate, "minLength", fullKey),
                integer(validate, "maxLength", fullKey),
                pattern(validate, fullKey),
                decimal(validate, "min", fullKey),
                decimal(validate, "max", fullKey),
                integer(node, "decimalDigits", fullKey),
                text(validate, "validationType"),
                staticValues(node),
                text(node, "valuesKey"),
                text(node, "valuesExpression"),
                node.path("disabled").asBoolean(false),
                readonly != null && readonlyCondition == null && readonly.asBoolean(false),
                readonlyCondition,
                hideConditions,
                node.path("disallowPassedDates").asBoolean(false),
                text(node.path("properties"), NOT_BEFORE));
    }

    private static String label(JsonNode node, String key) {
        for (String property : List.of("label", "dateLabel", "timeLabel")) {
            String label = text(node, property);
            if (label != null && !label.startsWith("=")) {
                return label;
            }
        }
        return key;
    }

    private static List<String> withHideCondition(List<String> inherited, JsonNode component) {
        String hide = text(component.path("conditional"), "hide");
        if (hide == null) {
            return inherited;
        }
        List<String> conditions = new ArrayList<>(inherited);
        conditions.add(hide);
        return conditions;
    }

    private static List<String> staticValues(JsonNode node) {
        List<String> values = new ArrayList<>();
        for (JsonNode option : node.path("values")) {
            JsonNode value = option.get("value");
            if (value != null && value.isValueNode() && !value.isNull()) {
                values.add(value.asText());
            }
        }
        return values;
    }

    private Pattern pattern(JsonNode validate, String key) {
        String pattern = text(validate, "pattern");
        if (pattern == null) {
            return null;
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw invalid("field '" + key + "' has a pattern Java cannot compile: " + e.getDescription());
        }
    }

    private Integer integer(JsonNode node, String property, String key) {
        BigDecimal number = decimal(node, property, key);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw invalid("\"" + property + "\" of field '" + key + "' must be a whole number");
        }
    }

    private BigDecimal decimal(JsonNode node, String property, String key) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().strip());
        } catch (NumberFormatException e) {
            throw invalid("\"" + property + "\" of field '" + key + "' must be a number");
        }
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("Form '" + formId + "': " + problem);
    }
}
