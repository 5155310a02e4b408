package az.muraciet.forms;

import az.muraciet.forms.CamundaForm.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Enforces the rules of a Camunda Form on submitted values, as the browser would, so that a request bypassing the
 * browser cannot break them. Display-only fields and fields hidden by their {@code conditional.hide} are skipped;
 * values for keys the form does not declare are ignored.
 */
@Component
public class FormValidator {

    /** Where "today" is when a form disallows past dates and no clock is given: the utilities' calendar. */
    static final ZoneId UTILITIES_ZONE = ZoneId.of("Asia/Baku");

    private final FeelExpressions feel;
    private final Clock clock;

    public FormValidator() {
        this(Clock.system(UTILITIES_ZONE));
    }

    /** @param clock today's date for date fields that disallow past dates */
    @Autowired
    public FormValidator(Clock clock) {
        this(FeelExpressions.camunda(), clock);
    }

    FormValidator(FeelExpressions feel) {
        this(feel, Clock.system(UTILITIES_ZONE));
    }

    FormValidator(FeelExpressions feel, Clock clock) {
        this.feel = feel;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The broken rules, empty if the values satisfy the form; never throws because of the values. */
    public List<FieldViolation> validate(CamundaForm form, Map<String, ?> values) {
        Objects.requireNonNull(form, "form");
        FormData data = data(form, values);
        List<FieldViolation> violations = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.displayOnly() || data.holds(field.readonlyCondition()) || data.anyHolds(field.hideConditions())) {
                continue;
            }
            try {
                violations.addAll(FieldRules.check(field, data, clock, form::field));
            } catch (RuntimeException e) {
                // A value no rule anticipated (e.g. a toString() that throws) is rejected, never propagated.
                violations.add(FieldViolation.type(field));
            }
        }
        return List.copyOf(violations);
    }

    /** The values as this validator reads them, for showing the form consistently with its rules. */
    public FormState state(CamundaForm form, Map<String, ?> values) {
        Objects.requireNonNull(form, "form");
        return new FormState(data(form, values), LocalDate.now(clock));
    }

    private FormData data(CamundaForm form, Map<String, ?> values) {
        return new FormData(values, form.fields().stream().map(Field::key).toList(), feel);
    }
}
