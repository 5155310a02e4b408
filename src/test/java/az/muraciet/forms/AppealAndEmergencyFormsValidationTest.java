package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The rules of Azərsu's electronic appeal and emergency service forms: the appeal's topic and text, the head's remark
 * asked for only when an answer goes back, the accident's kind and address, and the crew's outcome.
 */
class AppealAndEmergencyFormsValidationTest {

    private static Map<String, Object> appeal() {
        Map<String, Object> values = new HashMap<>();
        values.put("topic", "BILLING");
        values.put("subscriberCodes", List.of("10000001"));
        values.put("appealText", "Son iki ayın hesabı səhvdir, yoxlayın");
        values.put("phone", "050 123 45 67");
        values.put("email", "resad.aliyev@example.az");
        return values;
    }

    @Test
    void anAppealNeedsNeitherASubscriberCodeNorADistrictOnTheFormItself() {
        assertThat(FormsFixture.validate("Form_ElectronicAppealApplication", appeal())).isEmpty();

        Map<String, Object> values = appeal();
        values.put("subscriberCode", "10000001");
        values.put("district", "Yasamal");
        assertThat(FormsFixture.validate("Form_ElectronicAppealApplication", values)).isEmpty();
    }

    @Test
    void anAppealHasATopicOfTheListAndATextOfSensibleLength() {
        Map<String, Object> values = appeal();
        values.put("topic", "HOLIDAY");
        values.put("appealText", "Kömək");
        values.put("district", "Atlantida");

        assertViolations(FormsFixture.validate("Form_ElectronicAppealApplication", values)).containsExactlyInAnyOrder(
                tuple("topic", "notAnOption"), tuple("appealText", "minLength"), tuple("district", "notAnOption"));
    }

    @Test
    void theHeadsRemarkIsAskedForOnlyWhenTheAnswerGoesBack() {
        assertThat(FormsFixture.validate("Form_ApproveAppealAnswer", Map.of("approvalDecision", "APPROVED"))).isEmpty();
        assertViolations(FormsFixture.validate("Form_ApproveAppealAnswer", Map.of("approvalDecision", "RETURNED")))
                .containsExactly(tuple("reviewComment", "required"));
        assertThat(FormsFixture.validate("Form_ApproveAppealAnswer", Map.of("approvalDecision", "RETURNED",
                "reviewComment", "Tarixi yazın"))).isEmpty();
        assertViolations(FormsFixture.validate("Form_ApproveAppealAnswer", Map.of()))
                .containsExactly(tuple("approvalDecision", "required"));
    }

    @Test
    void theDraftedAnswerIsRequiredAndFitsInTheCaseHistory() {
        assertViolations(FormsFixture.validate("Form_DraftAppealAnswer", Map.of()))
                .containsExactly(tuple("answerText", "required"));
        assertViolations(FormsFixture.validate("Form_DraftAppealAnswer", Map.of("answerText", "ə".repeat(3001))))
                .containsExactly(tuple("answerText", "maxLength"));
        assertThat(FormsFixture.validate("Form_DraftAppealAnswer", Map.of("answerText", "ə".repeat(3000)))).isEmpty();
    }

    @Test
    void anAccidentReportNeedsItsKindAndAFullAddress() {
        Map<String, Object> values = new HashMap<>(Map.of("accidentKind", "SEWER_OVERFLOW", "district", "Nəsimi",
                "street", "Füzuli küç.", "building", "48", "description", "Zirzəmini su basıb",
                "phone", "050 123 45 67", "email", "resad.aliyev@example.az"));
        assertThat(FormsFixture.validate("Form_EmergencyServiceApplication", values)).isEmpty();

        values.remove("district");
        values.remove("building");
        values.put("accidentKind", "FIRE");
        assertViolations(FormsFixture.validate("Form_EmergencyServiceApplication", values)).containsExactlyInAnyOrder(
                tuple("accidentKind", "notAnOption"), tuple("district", "required"), tuple("building", "required"));
    }

    @Test
    void theCrewsOutcomeIsOneOfTheModelsBranchesWithWhatTheCrewDidOrFound() {
        assertViolations(FormsFixture.validate("Form_RecordAccidentOutcome", Map.of("accidentOutcome", "MAYBE")))
                .containsExactlyInAnyOrder(tuple("accidentOutcome", "notAnOption"), tuple("outcomeNotes", "required"));
        assertThat(FormsFixture.validate("Form_RecordAccidentOutcome", Map.of("accidentOutcome", "NOT_FOUND",
                "outcomeNotes", "Qəza yoxdur"))).isEmpty();
    }
}
