package az.muraciet.forms;

import static az.muraciet.forms.FormsFixture.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignExecutorValidationTest {

    private static final String FORM = "Form_AssignExecutor";

    private static final List<Map<String, Object>> EXECUTORS = List.of(
            Map.of("label", "Elvin Həsənov", "value", "ehasanov"),
            Map.of("label", "Leyla Quliyeva", "value", "lquliyeva"));

    private static final String EXECUTORS_JSON =
            "[{\"label\":\"Elvin Həsənov\",\"value\":\"ehasanov\"},{\"label\":\"Leyla Quliyeva\",\"value\":\"lquliyeva\"}]";

    private static Map<String, Object> task(Object executorOptions, Object executor) {
        Map<String, Object> values = new HashMap<>();
        values.put("applicationNumber", "AZS-2025-000123");
        values.put("subscriberCode", "1002004");
        values.put("applicantName", "Aynur Məmmədova");
        values.put("executorOptions", executorOptions);
        values.put("executor", executor);
        return values;
    }

    @Test
    void anExecutorAmongTheOptionsPasses() {
        assertThat(FormsFixture.validate(FORM, task(EXECUTORS, "lquliyeva"))).isEmpty();
    }

    @Test
    void anExecutorNotAmongOptionsGivenAsAListOfMapsIsRejected() {
        List<FieldViolation> violations = FormsFixture.validate(FORM, task(EXECUTORS, "admin"));

        assertViolations(violations).containsExactly(tuple("executor", "notAnOption"));
        assertThat(violations.get(0).message()).isEqualTo("\"İcraçı\" üçün seçilmiş dəyər siyahıda yoxdur");
    }

    @Test
    void anExecutorNotAmongOptionsGivenAsAJsonStringIsRejected() {
        assertViolations(FormsFixture.validate(FORM, task(EXECUTORS_JSON, "admin")))
                .containsExactly(tuple("executor", "notAnOption"));
    }

    @Test
    void anExecutorAmongOptionsGivenAsAJsonStringPasses() {
        assertThat(FormsFixture.validate(FORM, task(EXECUTORS_JSON, "ehasanov"))).isEmpty();
    }

    @Test
    void optionsAreReadFromAnyObjectWhoseTextIsAJsonArrayAsASpinJsonNodeIs() {
        Object spinLike = new Object() {
            @Override
            public String toString() {
                return EXECUTORS_JSON;
            }
        };

        assertThat(FormsFixture.validate(FORM, task(spinLike, "ehasanov"))).isEmpty();
        assertViolations(FormsFixture.validate(FORM, task(spinLike, "admin")))
                .containsExactly(tuple("executor", "notAnOption"));
    }

    @Test
    void optionsMayBeAPlainListOfValues() {
        assertThat(FormsFixture.validate(FORM, task(List.of("ehasanov", "lquliyeva"), "ehasanov"))).isEmpty();
    }

    @Test
    void theExecutorIsRequired() {
        assertViolations(FormsFixture.validate(FORM, task(EXECUTORS, null)))
                .containsExactly(tuple("executor", "required"));
    }

    @Test
    void theAssignmentNoteIsLimitedTo500Characters() {
        Map<String, Object> values = task(EXECUTORS, "ehasanov");
        values.put("assignmentNote", "ş".repeat(501));

        assertViolations(FormsFixture.validate(FORM, values)).containsExactly(tuple("assignmentNote", "maxLength"));
    }

    @Test
    void displayOnlyCaseDataIsNeverValidated() {
        Map<String, Object> values = task(EXECUTORS, "ehasanov");
        values.put("applicationNumber", Map.of("not", "text"));
        values.put("subscriberCode", 42);
        values.remove("applicantName");
        values.put("notes", "x".repeat(5000));

        assertThat(FormsFixture.validate(FORM, values)).isEmpty();
    }
}
