package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The rules of the water supply suspension's forms, and the two date rules they brought to every form: the form
 * editor's "Disallow past dates" ({@code disallowPassedDates}; today counts, in Baku) and a date not before another
 * ({@code notBefore}, a custom property naming the other date field).
 */
class WaterSupplySuspensionFormsValidationTest {

    private static final String START = "Form_WaterSupplySuspensionApplication";
    /** 23:30 on 1 August 2026 in Baku is still 31 July in UTC: "today" is the utilities' day. */
    private static final Clock LATE_EVENING_IN_BAKU = Clock.fixed(Instant.parse("2026-08-01T19:30:00Z"), ZoneId.of("Asia/Baku"));
    private static final FormValidator VALIDATOR = new FormValidator(LATE_EVENING_IN_BAKU);
    private static final LocalDate TODAY = LocalDate.of(2026, 8, 1);

    private static Map<String, Object> application(Object from, Object plannedUntil) {
        Map<String, Object> values = new HashMap<>();
        values.put("subscriberCode", "10000004");
        values.put("subscriberCodesWithoutMeter", List.of("10000004"));
        values.put("suspensionStartDate", from);
        values.put("plannedRestorationDate", plannedUntil);
        values.put("reason", "TEMPORARY_ABSENCE");
        values.put("phone", "070 345 67 89");
        values.put("email", "tural.huseynov@example.az");
        return values;
    }

    private static List<FieldViolation> validate(Map<String, Object> values) {
        return VALIDATOR.validate(FormsFixture.FORMS.require(START), values);
    }

    @Test
    void theStartIsTodayOrLaterInBakuAndTheRestorationDateIsOptional() {
        assertThat(validate(application(TODAY.toString(), null))).isEmpty();
        assertThat(validate(application("2026-08-01T00:00:00+04:00", ""))).isEmpty();
        assertThat(validate(application(TODAY, TODAY.plusMonths(3)))).isEmpty();

        assertViolations(validate(application(TODAY.minusDays(1).toString(), null)))
                .containsExactly(tuple("suspensionStartDate", "pastDate"));
        assertViolations(validate(application(Date.from(Instant.parse("2026-07-31T12:00:00Z")), null)))
                .containsExactly(tuple("suspensionStartDate", "pastDate"));
        assertViolations(validate(application(null, null))).containsExactly(tuple("suspensionStartDate", "required"));
        assertViolations(validate(application("01.08.2026", null))).containsExactly(tuple("suspensionStartDate", "date"));
    }

    @Test
    void theRestorationIsNotBeforeTheStartAndTheMessageNamesTheStart() {
        assertThat(validate(application(TODAY.plusDays(5).toString(), TODAY.plusDays(5).toString()))).as("the same day")
                .isEmpty();

        List<FieldViolation> violations = validate(application(TODAY.plusDays(5).toString(), TODAY.plusDays(4).toString()));

        assertViolations(violations).containsExactly(tuple("plannedRestorationDate", "notBefore"));
        assertThat(violations.get(0).message()).isEqualTo(
                "\"Bərpanın planlaşdırılan tarixi\" \"Dayandırılmanın başlama tarixi\" tarixindən əvvəl ola bilməz");
        assertViolations(validate(application(TODAY.minusDays(2).toString(), TODAY.minusDays(1).toString())))
                .as("both in the past: each is told, the order is right")
                .containsExactly(tuple("suspensionStartDate", "pastDate"), tuple("plannedRestorationDate", "pastDate"));
        assertViolations(validate(application("not a date", TODAY.toString()))).as("nothing to compare with")
                .containsExactly(tuple("suspensionStartDate", "date"));
    }

    @Test
    void theFormOffersOnlyTheCodesWithoutAMeterItIsGiven() {
        Map<String, Object> values = application(TODAY.toString(), null);
        values.put("subscriberCode", "10000002");

        assertViolations(validate(values)).containsExactly(tuple("subscriberCode", "notAnOption"));
    }

    @Test
    void sealingNeedsTheSealOnlyWhenTheSupplyWasSealed() {
        assertViolations(FormsFixture.validate("Form_SealSupply", Map.of("sealOutcome", "SEALED"))).containsExactly(
                tuple("sealNumber", "required"), tuple("sealedOn", "required"), tuple("sealPlace", "required"));
        assertViolations(FormsFixture.validate("Form_SealSupply", Map.of("sealOutcome", "SEALED",
                "sealNumber", "PL 55", "sealedOn", "2026-08-01", "sealPlace", "Mənzildə")))
                .containsExactly(tuple("sealNumber", "pattern"));
        assertThat(FormsFixture.validate("Form_SealSupply", Map.of("sealOutcome", "SEALED",
                "sealNumber", "PL-558812", "sealedOn", "2026-08-01", "sealPlace", "Mənzildə"))).isEmpty();
        assertThat(FormsFixture.validate("Form_SealSupply", Map.of("sealOutcome", "NO_ACCESS_TO_VALVE"))).isEmpty();
        assertViolations(FormsFixture.validate("Form_SealSupply", Map.of("sealOutcome", "LATER")))
                .containsExactly(tuple("sealOutcome", "notAnOption"));
    }

    @Test
    void unsealingRecordsTheSealsConditionAndTheDate() {
        assertViolations(FormsFixture.validate("Form_UnsealSupply", Map.of())).containsExactly(
                tuple("sealCondition", "required"), tuple("unsealedOn", "required"));
        assertThat(FormsFixture.validate("Form_UnsealSupply", Map.of("sealCondition", "BROKEN",
                "unsealedOn", "2026-09-05", "sealNumber", "shown only, not checked"))).isEmpty();
    }

    @Test
    void aNotBeforeNamingNoOtherDateFieldMakesTheFormUnusable() {
        String form = """
                {"id": "Form_Period", "components": [
                  {"type": "datetime", "subtype": "date", "key": "from", "dateLabel": "From"},
                  {"type": "textfield", "key": "note", "label": "Note"},
                  {"type": "datetime", "subtype": "date", "key": "until", "dateLabel": "Until",
                   "properties": {"notBefore": "%s"}}]}""";

        assertThat(CamundaForm.parse(form.formatted("from")).field("until").orElseThrow().notBefore()).isEqualTo("from");
        assertThatThrownBy(() -> CamundaForm.parse(form.formatted("note")))
                .hasMessage("Form 'Form_Period': field 'until' has notBefore 'note', which is no other date field of the form");
        assertThatThrownBy(() -> CamundaForm.parse(form.formatted("until"))).hasMessageContaining("notBefore 'until'");
    }
}
