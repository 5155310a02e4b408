package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaterMeterApplicationValidationTest {

    private static final String FORM = "Form_WaterMeterInstallationApplication";

    private static Map<String, Object> validApplication() {
        Map<String, Object> values = new HashMap<>();
        values.put("subscriberCodes", List.of(
                Map.of("label", "1002003 — Nəsimi r., Azadlıq pr. 10", "value", "1002003"),
                Map.of("label", "1002004 — Xətai r., Babək pr. 5", "value", "1002004")));
        values.put("subscriberCode", "1002004");
        values.put("reason", "NEW_INSTALLATION");
        values.put("phone", "+994 50 123 45 67");
        values.put("email", "aynur.mammadova@example.az");
        values.put("notes", "Sayğac mətbəxdə quraşdırılsın.");
        values.put("additionalMeter", false);
        return values;
    }

    private static List<FieldViolation> validateWith(String key, Object value) {
        Map<String, Object> values = validApplication();
        values.put(key, value);
        return FormsFixture.validate(FORM, values);
    }

    @Test
    void aValidApplicationPasses() {
        assertThat(FormsFixture.validate(FORM, validApplication())).isEmpty();
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Map<String, Object> values = validApplication();
        values.remove("notes");
        values.remove("additionalMeter");

        assertThat(FormsFixture.validate(FORM, values)).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsReportedWithItsLabel() {
        Map<String, Object> values = validApplication();
        values.remove("subscriberCode");
        values.put("reason", null);
        values.put("phone", "   ");
        values.put("email", "");

        List<FieldViolation> violations = FormsFixture.validate(FORM, values);

        assertViolations(violations).containsExactly(
                tuple("subscriberCode", "required"),
                tuple("reason", "required"),
                tuple("phone", "required"),
                tuple("email", "required"));
        assertThat(violations.get(2).message()).isEqualTo("\"Telefon nömrəsi\" sahəsi mütləqdir");
    }

    @Test
    void notesOf1001LettersAreTooLongCountingEachAzerbaijaniLetterOnce() {
        List<FieldViolation> violations = validateWith("notes", "ə".repeat(1001));

        assertViolations(violations).containsExactly(tuple("notes", "maxLength"));
        assertThat(violations.get(0).message())
                .isEqualTo("\"Müraciətlə bağlı açıqlama və əlavə qeydlər\" 1000 simvoldan uzun ola bilməz");
    }

    @Test
    void notesOf1000AzerbaijaniLettersPass() {
        assertThat(validateWith("notes", "əğıöüçş".repeat(142) + "əğıöüç")).isEmpty();
    }

    @Test
    void lengthCountsCharactersOutsideTheBasicPlaneOnce() {
        assertThat(validateWith("notes", "😀".repeat(1000))).isEmpty();
        assertViolations(validateWith("notes", "😀".repeat(1001))).containsExactly(tuple("notes", "maxLength"));
    }

    @Test
    void aReasonThatIsNotInTheListIsRejected() {
        assertViolations(validateWith("reason", "FREE_METER")).containsExactly(tuple("reason", "notAnOption"));
    }

    @Test
    void aSubscriberCodeThatIsNotAmongTheApplicantsCodesIsRejected() {
        List<FieldViolation> violations = validateWith("subscriberCode", "9999999");

        assertViolations(violations).containsExactly(tuple("subscriberCode", "notAnOption"));
        assertThat(violations.get(0).message()).isEqualTo("\"Abonent kodu\" üçün seçilmiş dəyər siyahıda yoxdur");
    }

    @Test
    void aSubscriberCodeIsRejectedWhenTheApplicantHasNoCodesAtAll() {
        Map<String, Object> values = validApplication();
        values.remove("subscriberCodes");

        assertViolations(FormsFixture.validate(FORM, values)).containsExactly(tuple("subscriberCode", "notAnOption"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aynur", "aynur@", "@example.az", "aynur@example", "aynur @example.az",
            "aynur@@example.az", "aynur@example..az", "aynur@example.az "})
    void aMalformedEmailIsRejected(String email) {
        assertViolations(validateWith("email", email)).containsExactly(tuple("email", "email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.az", "aynur.mammadova+muraciet@mail.example.com", "rəşad@poçt.az"})
    void aWellFormedEmailPasses(String email) {
        assertThat(validateWith("email", email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+994 50 123 45 67", "+994501234567", "994501234567", "050 123 45 67", "0501234567",
            "(050) 123-45-67", "+994 10 123 45 67", "051 123 45 67", "055 123 45 67", "060 123 45 67",
            "070 123 45 67", "077 123 45 67", "099 123 45 67"})
    void everyAcceptedSpellingOfAnAzerbaijaniMobileNumberPasses(String phone) {
        assertThat(validateWith("phone", phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"012 123 45 67", "+994 52 123 45 67", "050 123 45 6", "050 123 45 678",
            "(050 123 45 67", "+1 202 555 0100", "050.123.45.67", "telefon"})
    void aNumberThatIsNotAnAzerbaijaniMobileNumberIsRejected(String phone) {
        assertViolations(validateWith("phone", phone)).containsExactly(tuple("phone", "pattern"));
    }

    @Test
    void aPhoneLongerThanTwentyCharactersIsRejected() {
        assertViolations(validateWith("phone", "+994 50 123 45 67    "))
                .containsExactly(tuple("phone", "maxLength"), tuple("phone", "pattern"));
    }

    @Test
    void additionalMeterMustBeABoolean() {
        assertViolations(validateWith("additionalMeter", "true")).containsExactly(tuple("additionalMeter", "type"));
    }
}
