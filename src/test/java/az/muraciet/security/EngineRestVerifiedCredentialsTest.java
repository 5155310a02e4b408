package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterMeterInstallationProcess;

/**
 * The engine REST API answers a repeated request from the credentials it verified a moment ago, with the same
 * authorizations; a changed password or group counts once the entry is dropped (within the lifetime, here by hand);
 * a wrong password drops it at once, wherever it is given, so Camunda's throttling refuses even the right one.
 * Wrong passwords only for this test's own employee.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngineRestVerifiedCredentialsTest {

    static final String EMPLOYEE = "verified-employee";
    static final String PASSWORD = "first-password";
    static final String DEPARTMENT = "azersu-yasamal";

    private final HttpCalls http;
    private final CamundaWebapp webapp;
    @Autowired IdentityService identity;
    @Autowired VerifiedEmployees verifiedEmployees;
    @Autowired CaseScenarios cases;
    @Autowired MeterStock stock;

    EngineRestVerifiedCredentialsTest(@LocalServerPort int port) {
        this.http = new HttpCalls(port);
        this.webapp = new CamundaWebapp(port);
    }

    @BeforeEach
    void anEmployeeOfTheDepartment() {
        stock.setAvailable(DEPARTMENT, 5);
        User user = identity.newUser(EMPLOYEE);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(EMPLOYEE, DEPARTMENT);
    }

    @AfterEach
    void withoutThem() {
        ClockUtil.reset();
        identity.deleteUser(EMPLOYEE);
        verifiedEmployees.forget(EMPLOYEE);
    }

    @Test
    void aRepeatedRequestSeesWhatTheFirstSaw() {
        String id = caseAwaitingAnExecutor();
        Login leyla = EngineRestAuthorizationTest.LEYLA;
        Login aysel = EngineRestAuthorizationTest.AYSEL;
        verifiedEmployees.forget(leyla.user());
        verifiedEmployees.forget(aysel.user());

        for (int request = 1; request <= 3; request++) {
            assertThat(taskKeys(id, leyla)).as("request " + request).containsExactly(EngineRestAuthorizationTest.ASSIGN_EXECUTOR);
            assertThat(taskKeys(id, aysel)).as("another department, request " + request).isEmpty();
            String taskId = cases.task(id, EngineRestAuthorizationTest.ASSIGN_EXECUTOR).getId();
            assertThat(http.get("/engine-rest/task/" + taskId, aysel).status()).isIn(403, 404);
        }
    }

    @Test
    void aChangedPasswordCountsOnceTheEntryIsDropped() {
        Login first = new Login(EMPLOYEE, PASSWORD);
        assertThat(http.get("/engine-rest/task", first).status()).isEqualTo(200);

        User user = identity.createUserQuery().userId(EMPLOYEE).singleResult();
        user.setPassword("second-password");
        identity.saveUser(user);
        assertThat(http.get("/engine-rest/task", first).status()).as("verified a moment ago").isEqualTo(200);

        verifiedEmployees.forget(EMPLOYEE);
        assertThat(http.get("/engine-rest/task", new Login(EMPLOYEE, "second-password")).status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task", first).status()).isEqualTo(401);
    }

    @Test
    void aGroupLeftCountsOnceTheEntryIsDropped() {
        String id = caseAwaitingAnExecutor();
        Login employee = new Login(EMPLOYEE, PASSWORD);
        assertThat(taskKeys(id, employee)).containsExactly(EngineRestAuthorizationTest.ASSIGN_EXECUTOR);

        identity.deleteMembership(EMPLOYEE, DEPARTMENT);
        assertThat(taskKeys(id, employee)).as("groups as verified a moment ago").hasSize(1);

        verifiedEmployees.forget(EMPLOYEE);
        assertThat(taskKeys(id, employee)).isEmpty();
    }

    @Test
    void aWrongPasswordOnTheRestApiDropsTheEntryAndCamundaThrottlesTheRightOne() {
        ClockUtil.setCurrentTime(new Date());
        Login right = new Login(EMPLOYEE, PASSWORD);
        assertThat(http.get("/engine-rest/task", right).status()).isEqualTo(200);

        assertThat(http.get("/engine-rest/task", new Login(EMPLOYEE, "wrong")).status()).isEqualTo(401);

        assertThat(http.get("/engine-rest/task", right).status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordInTasklistDropsTheEntryAndCamundaThrottlesTheRightOne() {
        ClockUtil.setCurrentTime(new Date());
        Login right = new Login(EMPLOYEE, PASSWORD);
        assertThat(http.get("/engine-rest/task", right).status()).isEqualTo(200);

        assertThat(webapp.login(EMPLOYEE, "wrong").statusCode()).isEqualTo(401);

        assertThat(http.get("/engine-rest/task", right).status()).isEqualTo(401);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 4000));
        assertThat(http.get("/engine-rest/task", right).status()).as("after the delay").isEqualTo(200);
    }

    private List<String> taskKeys(String id, Login login) {
        Answer answer = http.get("/engine-rest/task?processInstanceBusinessKey=" + id, login);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return StreamSupport.stream(answer.json().spliterator(), false)
                .map(task -> task.path("taskDefinitionKey").asText()).toList();
    }

    /** A Yasamal case waiting at Task_AssignExecutor for the azersu-yasamal group. */
    private String caseAwaitingAnExecutor() {
        String id = cases.submit(DemoCitizens.RASHAD, "10000001");
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        assertThat(cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR)).isNotNull();
        return id;
    }
}
