package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordVisitOutcomeValidationTest {

    private static final String FORM = "Form_RecordVisitOutcome";

    private static Map<String, Object> installed() {
        Map<String, Object> values = new HashMap<>();
        values.put("applicationNumber", "AZS-2025-000123");
        values.put("visitOutcome", "INSTALLED");
        values.put("meterSerial", "SNS-2025-0042");
        values.put("initialReading", 0);
        values.put("sealNumber", "PL-0091");
        return values;
    }

    private static List<FieldViolation> installedWith(String key, Object value) {
        Map<String, Object> values = installed();
        values.put(key, value);
        return FormsFixture.validate(FORM, values);
    }

    @Test
    void anInstalledMeterWithAllDetailsPasses() {
        assertThat(FormsFixture.validate(FORM, installed())).isEmpty();
    }

    @Test
    void anInstalledMeterWithoutSerialNumberIsRejected() {
        Map<String, Object> values = installed();
        values.remove("meterSerial");

        assertViolations(FormsFixture.validate(FORM, values)).containsExactly(tuple("meterSerial", "required"));
    }

    @Test
    void anUnsuitableLineNeedsNoMeterDetailsBecauseTheyAreHidden() {
        Map<String, Object> values = new HashMap<>();
        values.put("visitOutcome", "UNSUITABLE_LINE");
        values.put("visitNotes", "Xətt köhnədir, təzələnməlidir.");

        assertThat(FormsFixture.validate(FORM, values)).isEmpty();
    }

    @Test
    void hiddenMeterDetailsAreNotValidatedEvenWhenSent() {
        Map<String, Object> values = installed();
        values.put("visitOutcome", "UNSUITABLE_LINE");
        values.put("meterSerial", "lowercase!");
        values.put("initialReading", -5);

        assertThat(FormsFixture.validate(FORM, values)).isEmpty();
    }

    @Test
    void withoutAnOutcomeOnlyTheOutcomeIsRequired() {
        assertViolations(FormsFixture.validate(FORM, Map.of())).containsExactly(tuple("visitOutcome", "required"));
    }

    @Test
    void anExistingMeterRequiresTheMeterDetails() {
        assertViolations(FormsFixture.validate(FORM, Map.of("visitOutcome", "EXISTING_METER"))).containsExactly(
                tuple("meterSerial", "required"),
                tuple("initialReading", "required"),
                tuple("sealNumber", "required"));
    }

    @Test
    void anUnknownOutcomeIsRejected() {
        assertViolations(installedWith("visitOutcome", "BROKEN")).containsExactly(tuple("visitOutcome", "notAnOption"));
    }

    @Test
    void aNegativeInitialReadingIsRejected() {
        List<FieldViolation> violations = installedWith("initialReading", -1);

        assertViolations(violations).containsExactly(tuple("initialReading", "min"));
        assertThat(violations.get(0).message()).isEqualTo("\"İlkin göstərici (m³)\" ən azı 0 olmalıdır");
    }

    @Test
    void anInitialReadingAbove99999IsRejected() {
        assertViolations(installedWith("initialReading", 100000)).containsExactly(tuple("initialReading", "max"));
    }

    @Test
    void theBoundsOfTheInitialReadingPass() {
        assertThat(installedWith("initialReading", 99999)).isEmpty();
        assertThat(installedWith("initialReading", "0")).isEmpty();
        assertThat(installedWith("initialReading", new BigDecimal("12.345"))).isEmpty();
        assertThat(installedWith("initialReading", 12.5d)).isEmpty();
    }

    @Test
    void aNonNumericInitialReadingIsRejected() {
        assertViolations(installedWith("initialReading", "abc")).containsExactly(tuple("initialReading", "type"));
        assertViolations(installedWith("initialReading", Double.NaN)).containsExactly(tuple("initialReading", "type"));
        assertViolations(installedWith("initialReading", true)).containsExactly(tuple("initialReading", "type"));
    }

    @Test
    void anInitialReadingWithMoreThanThreeDecimalsIsRejected() {
        assertViolations(installedWith("initialReading", "1.2345")).containsExactly(tuple("initialReading", "type"));
    }

    @Test
    void serialAndSealNumbersMustMatchTheirPatterns() {
        assertViolations(installedWith("meterSerial", "sn-1")).containsExactly(tuple("meterSerial", "pattern"));
        assertViolations(installedWith("meterSerial", "AB1")).containsExactly(tuple("meterSerial", "pattern"));
        assertViolations(installedWith("sealNumber", "P 1")).containsExactly(tuple("sealNumber", "pattern"));
    }
}
