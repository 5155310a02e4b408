package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.casefile.Applications;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterMeterInstallationProcess;

/**
 * The engine REST API (what Tasklist calls) answers only to Camunda users, shows an employee only their department's
 * tasks, and enforces the Camunda Form rules of a task however it is completed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngineRestAuthorizationTest {

    static final Login LEYLA = new Login("leyla", "demo");
    static final Login AYSEL = new Login("aysel", "demo");
    static final String ASSIGN_EXECUTOR = WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR;

    private final HttpCalls http;
    private final CaseScenarios cases;
    private final TaskService tasks;
    private final Applications applications;
    private final MeterStock stock;

    @Autowired
    EngineRestAuthorizationTest(@LocalServerPort int port, CaseScenarios cases, TaskService tasks, Applications applications,
            MeterStock stock) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.tasks = tasks;
        this.applications = applications;
        this.stock = stock;
    }

    @BeforeEach
    void stockUp() {
        stock.setAvailable("azersu-yasamal", 5);
    }

    @Test
    void engineRestWithoutCredentialsIsUnauthorized() {
        assertThat(http.get("/engine-rest/task", null).status()).isEqualTo(401);
        assertThat(http.post("/engine-rest/task/any/complete", null, Map.of("variables", Map.of())).status()).isEqualTo(401);
    }

    @Test
    void engineRestWithAWrongPasswordIsUnauthorized() {
        // Camunda throttles a user's logins after a wrong password, so this uses a user no other test logs in as
        assertThat(http.get("/engine-rest/task", new Login("sevda", "wrong")).status()).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", new Login("nobody", "demo")).status()).isEqualTo(401);
    }

    @Test
    void theEngineIsAddressedByItsNameAndNoOtherEngineAnswers() {
        String id = caseAwaitingAnExecutor();
        HttpCalls.Answer byName = http.get("/engine-rest/engine/default/task?processInstanceBusinessKey=" + id, LEYLA);
        assertThat(byName.status()).isEqualTo(200);
        assertThat(byName.text()).contains(ASSIGN_EXECUTOR);

        HttpCalls.Answer other = http.get("/engine-rest/engine/other/task", LEYLA);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).contains("Process engine other not available");
        assertThat(http.get("/engine-rest/engine/other/task", null).status()).isEqualTo(404);
    }

    @Test
    void citizenCredentialsDoNotOpenTheEngineRestApi() {
        assertThat(http.get("/engine-rest/task", new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void employeeOfAnotherDepartmentCannotSeeClaimCompleteOrReadTheTask() {
        String id = caseAwaitingAnExecutor();
        String taskId = cases.task(id, ASSIGN_EXECUTOR).getId();
        String processInstanceId = cases.processInstanceOf(id);

        assertThat(elements(http.get("/engine-rest/task?processInstanceBusinessKey=" + id, AYSEL).json())).isEmpty();
        assertThat(http.get("/engine-rest/task/count?processInstanceBusinessKey=" + id, AYSEL).json().path("count").asInt())
                .isZero();
        assertForbidden(http.get("/engine-rest/task/" + taskId, AYSEL));
        assertForbidden(http.post("/engine-rest/task/" + taskId + "/claim", AYSEL, Map.of("userId", "aysel")));
        assertForbidden(http.post("/engine-rest/task/" + taskId + "/complete", AYSEL,
                Map.of("variables", Map.of("executor", Map.of("value", "rauf")))));
        assertForbidden(http.post("/engine-rest/task/" + taskId + "/submit-form", AYSEL,
                Map.of("variables", Map.of("executor", Map.of("value", "rauf")))));
        assertForbidden(http.get("/engine-rest/task/" + taskId + "/variables", AYSEL));
        assertForbidden(http.get("/engine-rest/task/" + taskId + "/form-variables", AYSEL));
        assertForbidden(http.get("/engine-rest/process-instance/" + processInstanceId + "/variables", AYSEL));
        assertThat(elements(http.get("/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId, AYSEL).json()))
                .isEmpty();
        assertThat(elements(http.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId, AYSEL)
                .json())).isEmpty();

        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("the task is still open").isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("FORWARDED");
    }

    @Test
    void employeeOfTheDepartmentSeesClaimsReadsAndCompletesTheTask() {
        String id = caseAwaitingAnExecutor();

        List<JsonNode> found = elements(http.get("/engine-rest/task?processInstanceBusinessKey=" + id, LEYLA).json());
        assertThat(found).extracting(task -> task.path("taskDefinitionKey").asText()).containsExactly(ASSIGN_EXECUTOR);
        String taskId = found.get(0).path("id").asText();
        Answer variables = http.get("/engine-rest/task/" + taskId + "/variables?deserializeValues=false", LEYLA);
        assertThat(variables.status()).isEqualTo(200);
        assertThat(variables.json().path("subscriberCode").path("value").asText()).isEqualTo("10000001");
        assertThat(http.post("/engine-rest/task/" + taskId + "/claim", LEYLA, Map.of("userId", "leyla")).status())
                .isEqualTo(204);

        Answer completed = http.post("/engine-rest/task/" + taskId + "/complete", LEYLA,
                Map.of("variables", Map.of("executor", Map.of("value", "nigar"))));

        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("EXECUTOR_ASSIGNED");
    }

    @ParameterizedTest
    @ValueSource(strings = { "complete", "submit-form" })
    void executorFromAnotherDepartmentIsRefusedAndTheTaskStaysOpen(String action) {
        String id = caseAwaitingAnExecutor();
        String taskId = cases.task(id, ASSIGN_EXECUTOR).getId();

        Answer refused = http.post("/engine-rest/task/" + taskId + "/" + action, LEYLA,
                Map.of("variables", Map.of("executor", Map.of("value", "aysel"))));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("executor");
        assertStillOpenWithoutExecutor(id, taskId);
    }

    @ParameterizedTest
    @ValueSource(strings = { "complete", "submit-form" })
    void missingExecutorIsRefusedAndTheTaskStaysOpen(String action) {
        String id = caseAwaitingAnExecutor();
        String taskId = cases.task(id, ASSIGN_EXECUTOR).getId();

        Answer refused = http.post("/engine-rest/task/" + taskId + "/" + action, LEYLA,
                Map.of("variables", Map.of("assignmentNote", Map.of("value", "Təcili"))));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("executor");
        assertStillOpenWithoutExecutor(id, taskId);
        assertThat(tasks.getVariables(taskId)).doesNotContainKey("assignmentNote");
    }

    @Test
    void executorWhoIsNotAnEmployeeAtAllIsRefused() {
        String id = caseAwaitingAnExecutor();
        String taskId = cases.task(id, ASSIGN_EXECUTOR).getId();

        Answer refused = http.post("/engine-rest/task/" + taskId + "/complete", LEYLA,
                Map.of("variables", Map.of("executor", Map.of("value", "demo"))));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertStillOpenWithoutExecutor(id, taskId);
    }

    private void assertStillOpenWithoutExecutor(String id, String taskId) {
        Answer task = http.get("/engine-rest/task/" + taskId, LEYLA);
        assertThat(task.status()).as("the task is still open").isEqualTo(200);
        assertThat(task.json().path("taskDefinitionKey").asText()).isEqualTo(ASSIGN_EXECUTOR);
        Answer variables = http.get("/engine-rest/task/" + taskId + "/variables?deserializeValues=false", LEYLA);
        assertThat(variables.json().has("executor")).as(variables.text()).isFalse();
        assertThat(tasks.getVariables(taskId)).doesNotContainKey("executor");
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("FORWARDED");
        assertThat(stock.reservationOf(id)).isEmpty();
    }

    /** A Yasamal case, registered and routed, waiting at Task_AssignExecutor for the azersu-yasamal group. */
    private String caseAwaitingAnExecutor() {
        String id = cases.submit(DemoCitizens.RASHAD, "10000001");
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        assertThat(cases.task(id, ASSIGN_EXECUTOR)).isNotNull();
        return id;
    }

    private static void assertForbidden(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isIn(403, 404);
    }

    private static List<JsonNode> elements(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
