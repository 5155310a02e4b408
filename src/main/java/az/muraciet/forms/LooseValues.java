package az.muraciet.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads submitted values the way they arrive from Java callers, the REST API and Camunda Spin: JSON arrays may come
 * as lists, arrays, JSON strings or objects (such as a SpinJsonNode) whose {@code toString()} is JSON.
 */
final class LooseValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LooseValues() {
    }

    /** The value as a list, or null if it is not one. */
    static List<Object> asList(Object value) {
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value == null || value instanceof Map<?, ?> || value instanceof Number || value instanceof Boolean) {
            return null;
        }
        return readJson(value.toString()) instanceof List<?> list ? new ArrayList<>(list) : null;
    }

    /** The text of a single, scalar value, or null for anything else. */
    static String scalarText(Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        return null;
    }

    /** The option value of a {@code {label, value}} entry or of a plain value, or null. */
    static String optionValue(Object option) {
        if (option instanceof Map<?, ?> map) {
            return scalarText(map.get("value"));
        }
        String text = scalarText(option);
        if (text != null || option == null) {
            return text;
        }
        Object json = readJson(option.toString());
        return json instanceof Map<?, ?> map ? scalarText(map.get("value")) : scalarText(json);
    }

    /** The label of a {@code {label, value}} entry, or null if it has none (a plain value is its own label). */
    static String optionLabel(Object option) {
        if (option instanceof Map<?, ?> map) {
            return scalarText(map.get("label"));
        }
        if (option == null || scalarText(option) != null) {
            return null;
        }
        return readJson(option.toString()) instanceof Map<?, ?> map ? scalarText(map.get("label")) : null;
    }

    /** A number, or a string holding one, as a decimal; null for anything else, NaN and infinities included. */
    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? new BigDecimal(value.toString()) : null;
        }
        if (value instanceof Number || value instanceof CharSequence) {
            try {
                return new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Object readJson(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
