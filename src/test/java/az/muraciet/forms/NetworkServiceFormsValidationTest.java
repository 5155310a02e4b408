package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of Azərişıq's network service forms: the start form by subscriber group, the outcome and the work act. */
class NetworkServiceFormsValidationTest {

    private static final String START = "Form_NetworkTechnicalServiceApplication";

    private static Map<String, Object> application(String subscriberType) {
        Map<String, Object> values = new HashMap<>();
        values.put("subscriberType", subscriberType);
        values.put("subscriberCode", "30000001");
        values.put("subscriberCodes", List.of("30000001"));
        values.put("reason", "LINE_DAMAGE");
        values.put("phone", "070 345 67 89");
        values.put("email", "tural.huseynov@example.az");
        return values;
    }

    @Test
    void aPopulationSubscriberNeedsNoMeteringPoint() {
        assertThat(FormsFixture.validate(START, application("POPULATION"))).isEmpty();
    }

    @Test
    void aNonPopulationSubscriberMustNameAMeteringPointOfDigits() {
        Map<String, Object> values = application("NON_POPULATION");
        assertViolations(FormsFixture.validate(START, values)).containsExactly(tuple("meteringPoint", "required"));

        values.put("meteringPoint", "UN-1");
        assertViolations(FormsFixture.validate(START, values)).containsExactly(tuple("meteringPoint", "pattern"));

        values.put("meteringPoint", "300000010001");
        assertThat(FormsFixture.validate(START, values)).isEmpty();
    }

    @Test
    void theSubscriberGroupAndAMobileNumberAreRequired() {
        Map<String, Object> values = application(null);
        values.remove("subscriberType");
        values.put("phone", "012 123 45 67");

        assertViolations(FormsFixture.validate(START, values)).extracting(t -> t.toList().get(0))
                .contains("subscriberType", "phone");
    }

    @Test
    void theWorkOutcomeIsOneOfTheModelsBranchesAndTheWorkActNamesTheWorkDone() {
        assertViolations(FormsFixture.validate("Form_RecordWorkOutcome", Map.of("workOutcome", "MAYBE")))
                .containsExactly(tuple("workOutcome", "notAnOption"));
        assertThat(FormsFixture.validate("Form_RecordWorkOutcome", Map.of("workOutcome", "NO_ACCESS"))).isEmpty();
        assertViolations(FormsFixture.validate("Form_DrawUpWorkAct", Map.of("actDate", "2026-03-05",
                "subscriberAcknowledged", true))).containsExactly(tuple("workPerformed", "required"));
    }
}
