package az.muraciet.forms;

import az.muraciet.forms.CamundaForm.Component;
import az.muraciet.forms.CamundaForm.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values of one form read exactly as {@link FormValidator} reads them — by key, walking into nested maps, and as
 * the context of the form's FEEL expressions — so that what a page shows (hidden fields, options) matches what the
 * validator enforces. Obtained from {@link FormValidator#state}.
 */
public final class FormState {

    private final FormData data;
    private final LocalDate today;

    FormState(FormData data, LocalDate today) {
        this.data = data;
        this.today = today;
    }

    /**
     * The earliest day a date field accepts, for the page to offer ({@code <input type="date" min>}): today when the
     * field disallows past dates, else null. The validator still checks the order of two dates ({@code notBefore}).
     */
    public LocalDate earliestDay(CamundaForm.Field field) {
        return field.disallowPassedDates() ? today : null;
    }

    /** The value at a (dotted) key, or null. */
    public Object value(String key) {
        return data.get(key);
    }

    /** Whether a FEEL condition ({@code =...}) is true for these values; false for null or a failing expression. */
    public boolean holds(String condition) {
        return data.holds(condition);
    }

    /** The result of a FEEL expression ({@code =...}) for these values, null if it fails. */
    public Object evaluate(String expression) {
        return data.evaluate(expression);
    }

    /**
     * The options of a select, radio, checklist or taglist: the form's static values, or the list found at its
     * {@code valuesKey} or produced by its {@code valuesExpression} ({@code {label, value}} entries or plain values).
     */
    public List<Option> options(Component component) {
        Objects.requireNonNull(component, "component");
        var field = component.field();
        Object source;
        if (field != null && field.valuesKey() != null) {
            source = data.get(field.valuesKey());
        } else if (field != null && field.valuesExpression() != null) {
            source = data.evaluate(field.valuesExpression());
        } else {
            return component.options();
        }
        List<Object> entries = LooseValues.asList(source);
        List<Option> options = new ArrayList<>();
        if (entries != null) {
            for (Object entry : entries) {
                String value = LooseValues.optionValue(entry);
                if (value != null) {
                    options.add(new Option(LooseValues.optionLabel(entry), value));
                }
            }
        }
        return options;
    }
}
