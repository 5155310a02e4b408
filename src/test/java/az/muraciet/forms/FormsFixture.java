package az.muraciet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;

/** The real forms of the application and one validator, shared by the tests (the FEEL engine is slow to start). */
final class FormsFixture {

    static final CamundaForms FORMS = new CamundaForms();
    static final FormValidator VALIDATOR = new FormValidator();

    private FormsFixture() {
    }

    static List<FieldViolation> validate(String formId, Map<String, ?> values) {
        return VALIDATOR.validate(FORMS.require(formId), values);
    }

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(List<FieldViolation> violations) {
        return assertThat(violations).extracting(FieldViolation::field, FieldViolation::code);
    }
}
