package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrawUpActValidationTest {

    private static final String FORM = "Form_DrawUpAct";

    private static Map<String, Object> act() {
        Map<String, Object> values = new HashMap<>();
        values.put("applicationNumber", "AZS-2025-000123");
        values.put("meterSerial", "SNS-2025-0042");
        values.put("initialReading", 0);
        values.put("actDate", "2025-11-24");
        values.put("subscriberAcknowledged", true);
        return values;
    }

    private static List<FieldViolation> actWith(String key, Object value) {
        Map<String, Object> values = act();
        values.put(key, value);
        return FormsFixture.validate(FORM, values);
    }

    @Test
    void aCompleteActPasses() {
        assertThat(FormsFixture.validate(FORM, act())).isEmpty();
    }

    @Test
    void theSubscriberMustHaveAcknowledgedTheAct() {
        List<FieldViolation> violations = actWith("subscriberAcknowledged", false);

        assertViolations(violations).containsExactly(tuple("subscriberAcknowledged", "required"));
        assertThat(violations.get(0).message())
                .isEqualTo("\"Abonent aktla tanış olub və nüsxəni alıb\" işarələnməlidir");
    }

    @Test
    void anAcknowledgementThatIsNotABooleanIsRejected() {
        assertViolations(actWith("subscriberAcknowledged", "yes"))
                .containsExactly(tuple("subscriberAcknowledged", "type"));
    }

    @Test
    void theActDateIsRequiredAndNamedByItsDateLabel() {
        List<FieldViolation> violations = actWith("actDate", null);

        assertViolations(violations).containsExactly(tuple("actDate", "required"));
        assertThat(violations.get(0).message()).isEqualTo("\"Aktın tarixi\" sahəsi mütləqdir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.11.2025", "2025-11-31", "2025-2-3", "tomorrow"})
    void anActDateThatIsNotAnIsoDateIsRejected(String date) {
        assertViolations(actWith("actDate", date)).containsExactly(tuple("actDate", "date"));
    }

    @Test
    void anActDateMayBeAnIsoDateTimeOrADateObject() {
        assertThat(actWith("actDate", "2025-11-24T10:15:00")).isEmpty();
        assertThat(actWith("actDate", "2025-11-24T10:15:00+04:00")).isEmpty();
        assertThat(actWith("actDate", LocalDate.of(2025, 11, 24))).isEmpty();
        assertThat(actWith("actDate", new Date())).isEmpty();
    }

    @Test
    void anActDateOfTheWrongTypeIsRejected() {
        assertViolations(actWith("actDate", 20251124)).containsExactly(tuple("actDate", "type"));
    }

    @Test
    void displayOnlyMeterDataIsNeverValidated() {
        Map<String, Object> values = act();
        values.put("initialReading", "not a number");
        values.put("meterSerial", List.of(1, 2));

        assertThat(FormsFixture.validate(FORM, values)).isEmpty();
    }
}
