package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterMeterInstallationProcess;

/**
 * The engine's own log (REST errors, refused task completions, wrong passwords) carries no values an employee typed:
 * no phone number, e-mail address or password, whatever the engine refuses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EngineLogsTest {

    static final Login LEYLA = new Login("leyla", "demo");
    static final String PHONE = "+994507654321";
    static final String EMAIL = "gizli.sexs@example.az";
    static final String PASSWORD = "Sevda-Gizli!2026";

    @Autowired CaseScenarios cases;
    @Autowired MeterStock stock;
    private final HttpCalls http;
    private final CamundaWebapp webapp;

    EngineLogsTest(@LocalServerPort int port) {
        this.http = new HttpCalls(port);
        this.webapp = new CamundaWebapp(port);
    }

    @Test
    void refusedCompletionsWrongTypesAndWrongPasswordsLeaveNoValueInTheLog(CapturedOutput output) {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.RASHAD, "10000001");
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        String task = cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();

        Answer notOnTheForm = http.post("/engine-rest/task/" + task + "/complete", LEYLA, Map.of("variables", Map.of(
                "executor", Map.of("value", "rauf"), "citizenPhone", Map.of("value", PHONE), "note", Map.of("value", EMAIL))));
        Answer wrongType = http.post("/engine-rest/task/" + task + "/complete", LEYLA, Map.of("variables", Map.of(
                "executor", Map.of("value", EMAIL, "type", "Integer"))));
        Answer unknownExecutor = http.post("/engine-rest/task/" + task + "/complete", LEYLA, Map.of("variables", Map.of(
                "executor", Map.of("value", PHONE))));
        Answer badQuery = http.get("/engine-rest/task?assignee=" + EMAIL + "&dueAfter=" + PHONE, LEYLA);
        int wrongPassword = webapp.login("sevda", PASSWORD).statusCode();
        int wrongBasic = http.get("/engine-rest/task", new Login("sevda", PASSWORD)).status();

        assertThat(notOnTheForm.status()).as(notOnTheForm.text()).isEqualTo(400);
        assertThat(wrongType.status()).as(wrongType.text()).isBetween(400, 599);
        assertThat(unknownExecutor.status()).as(unknownExecutor.text()).isEqualTo(400);
        assertThat(badQuery.status()).as(badQuery.text()).isEqualTo(400);
        assertThat(wrongPassword).isEqualTo(401);
        assertThat(wrongBasic).isEqualTo(401);
        assertThat(output.getAll()).doesNotContain(PHONE, PHONE.substring(4), EMAIL, PASSWORD);
    }
}
