package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.VALIDATOR;
import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormValidatorRobustnessTest {

    private static final CamundaForm RULES = CamundaForm.parse("""
            {
              "id": "Form_Rules",
              "type": "default",
              "components": [
                {"type": "textfield", "id": "Field_code", "key": "code", "label": "Kod",
                 "validate": {"minLength": 3}},
                {"type": "textfield", "id": "Field_mobile", "key": "mobile", "label": "Mobil",
                 "validate": {"validationType": "phone"}},
                {"type": "checklist", "id": "Field_services", "key": "services", "label": "Xidmətlər",
                 "values": [{"label": "Su", "value": "WATER"}, {"label": "Kanalizasiya", "value": "SEWAGE"}],
                 "validate": {"required": true}},
                {"type": "taglist", "id": "Field_tags", "key": "tags", "label": "Etiketlər", "valuesKey": "tagOptions"},
                {"type": "textfield", "id": "Field_locked", "key": "locked", "label": "Kilidli", "readonly": true,
                 "validate": {"required": true}},
                {"type": "textfield", "id": "Field_broken", "key": "broken", "label": "Sınıq şərt",
                 "conditional": {"hide": "=this is not feel ((("}, "validate": {"required": true}},
                {"type": "group", "id": "Group_address", "label": "Ünvan", "path": "address",
                 "conditional": {"hide": "=noAddress = true"},
                 "components": [
                   {"type": "textfield", "id": "Field_street", "key": "street", "label": "Küçə",
                    "validate": {"required": true}}
                 ]}
              ]
            }
            """);

    private static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("services", List.of("WATER"));
        values.put("broken", "dəyər");
        values.put("address", Map.of("street", "Nizami küç. 5"));
        return values;
    }

    private static List<FieldViolation> validWith(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        return VALIDATOR.validate(RULES, values);
    }

    @Test
    void aValidSubmissionPasses() {
        assertThat(VALIDATOR.validate(RULES, valid())).isEmpty();
    }

    @Test
    void aTextShorterThanMinLengthIsRejected() {
        assertViolations(validWith("code", "ab")).containsExactly(tuple("code", "minLength"));
        assertThat(validWith("code", "abc")).isEmpty();
    }

    @Test
    void thePhoneValidationTypeAcceptsDigitsWithAnOptionalPlus() {
        assertThat(validWith("mobile", "+994501234567")).isEmpty();
        assertViolations(validWith("mobile", "050-123")).containsExactly(tuple("mobile", "phone"));
    }

    @Test
    void everyChosenElementOfAChecklistMustBeAnOption() {
        assertViolations(validWith("services", List.of("WATER", "GAS")))
                .containsExactly(tuple("services", "notAnOption"));
        assertThat(validWith("services", "[\"WATER\",\"SEWAGE\"]")).isEmpty();
        assertViolations(validWith("services", List.of())).containsExactly(tuple("services", "required"));
        assertViolations(validWith("services", "WATER")).containsExactly(tuple("services", "type"));
    }

    @Test
    void taglistElementsAreCheckedAgainstTheirDynamicOptions() {
        Map<String, Object> values = valid();
        values.put("tagOptions", "[\"urgent\", \"vip\"]");
        values.put("tags", List.of("vip"));
        assertThat(VALIDATOR.validate(RULES, values)).isEmpty();

        values.put("tags", List.of("vip", "other"));
        assertViolations(VALIDATOR.validate(RULES, values)).containsExactly(tuple("tags", "notAnOption"));
    }

    @Test
    void readonlyFieldsAreNeverValidated() {
        assertThat(VALIDATOR.validate(RULES, valid())).extracting(FieldViolation::field).doesNotContain("locked");
    }

    @Test
    void aHideConditionThatFEELCannotEvaluateCountsAsNotHidden() {
        assertViolations(validWith("broken", null)).containsExactly(tuple("broken", "required"));
    }

    @Test
    void fieldsOfAGroupWithAPathAreReadFromTheNestedValues() {
        assertViolations(validWith("address", Map.of())).containsExactly(tuple("address.street", "required"));
        assertThat(validWith("address.street", "Nizami küç. 5")).isEmpty();
    }

    @Test
    void aHiddenGroupHidesItsFields() {
        Map<String, Object> values = valid();
        values.remove("address");
        values.put("noAddress", true);

        assertThat(VALIDATOR.validate(RULES, values)).isEmpty();
    }

    static Stream<Object> oddValues() {
        Object throwingToString = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no text");
            }
        };
        return Stream.of(Map.of("a", 1), List.of(1, "two"), 42, 3.5, Double.NaN, true, new Object(),
                new int[] {1}, new String[] {"WATER"}, throwingToString, "", " ", "ə".repeat(10_000));
    }

    @ParameterizedTest
    @MethodSource("oddValues")
    void validateNeverThrowsWhateverAFieldHolds(Object odd) {
        Map<String, Object> values = new HashMap<>();
        Stream.of("subscriberCode", "subscriberCodes", "reason", "phone", "email", "notes", "additionalMeter",
                "executor", "executorOptions", "visitOutcome", "meterSerial", "initialReading", "actDate",
                "subscriberAcknowledged", "code", "mobile", "services", "tags", "tagOptions", "address", "noAddress")
                .forEach(key -> values.put(key, odd));
        List<CamundaForm> forms = Stream.concat(
                Stream.of(RULES),
                Stream.of("Form_WaterMeterInstallationApplication", "Form_AssignExecutor", "Form_RecordVisitOutcome",
                        "Form_DrawUpAct").map(FormsFixture.FORMS::require)).toList();

        for (CamundaForm form : forms) {
            assertThatCode(() -> VALIDATOR.validate(form, values)).doesNotThrowAnyException();
        }
    }

    @Test
    void aMapListOrNumberWhereTextIsExpectedIsATypeViolation() {
        CamundaForm application = FormsFixture.FORMS.require("Form_WaterMeterInstallationApplication");
        Map<String, Object> values = new HashMap<>();
        values.put("subscriberCodes", List.of(Map.of("value", "1002004")));
        values.put("subscriberCode", Map.of("value", "1002004"));
        values.put("reason", List.of("NEW_INSTALLATION"));
        values.put("phone", 994501234567L);
        values.put("email", Arrays.asList("a@b.az"));
        values.put("notes", 12);

        assertViolations(VALIDATOR.validate(application, values)).containsExactly(
                tuple("subscriberCode", "type"),
                tuple("reason", "type"),
                tuple("phone", "type"),
                tuple("email", "type"),
                tuple("notes", "type"));
    }

    @Test
    void aNullOrImmutableValueMapIsAccepted() {
        CamundaForm visit = FormsFixture.FORMS.require("Form_RecordVisitOutcome");

        assertViolations(VALIDATOR.validate(visit, null)).containsExactly(tuple("visitOutcome", "required"));
        assertThat(VALIDATOR.validate(visit, Map.of("visitOutcome", "UNSUITABLE_LINE"))).isEmpty();
    }
}
