package az.muraciet.forms;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;

/** The submitted values of one validation run, read by field key and as the context of the form's FEEL expressions. */
final class FormData {

    private final Map<String, ?> values;
    private final Collection<String> declaredKeys;
    private final FeelExpressions feel;
    private VariableContext feelContext;

    FormData(Map<String, ?> values, Collection<String> declaredKeys, FeelExpressions feel) {
        this.values = values == null ? Map.of() : values;
        this.declaredKeys = declaredKeys;
        this.feel = feel;
    }

    /** The value at a key; a dotted key that is not itself a key walks into nested maps, as form-js binds it. */
    Object get(String key) {
        if (values.containsKey(key)) {
            return values.get(key);
        }
        Object current = values;
        for (String segment : key.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    boolean holds(String condition) {
        return condition != null && feel.isTrue(condition, feelContext());
    }

    boolean anyHolds(Collection<String> conditions) {
        return conditions.stream().anyMatch(this::holds);
    }

    Object evaluate(String expression) {
        return feel.evaluate(expression, feelContext());
    }

    private VariableContext feelContext() {
        if (feelContext == null) {
            VariableMap variables = Variables.createVariables();
            // Every field the form declares is a variable, so "field = null" means "not filled in" instead of failing.
            declaredKeys.forEach(key -> variables.putValue(key.split("\\.")[0], null));
            values.forEach((name, value) -> {
                if (name != null) {
                    variables.putValue(name, value);
                }
            });
            feelContext = variables.asVariableContext();
        }
        return feelContext;
    }
}
