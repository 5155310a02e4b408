package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.act.Acts;
import az.muraciet.browser.Browser;
import az.muraciet.browser.Tasklist;
import az.muraciet.browser.TasklistForm;
import az.muraciet.intake.TestApplications;
import az.muraciet.inventory.MeterStock;
import az.muraciet.security.DemoCitizens;

/**
 * A citizen applies through the API; the Yasamal department's employees work the case in Camunda Tasklist, in a
 * real browser, through the task forms the analysts drew.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WaterMeterInstallationTasklistBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final String YASAMAL_NO_METER = "10000001";
    static final String ASSIGN_EXECUTOR = "İcraçı təyin et";
    static final String RECORD_VISIT_OUTCOME = "Baxışın nəticəsini qeyd et";
    static final String DRAW_UP_ACT = "Quraşdırma aktını tərtib et";

    private final Tasklist tasklist = new Tasklist(browser);
    private final HttpCalls http;
    private final CaseScenarios cases;
    private final MeterStock stock;
    private final Acts acts;
    private final TaskService tasks;

    @Autowired
    WaterMeterInstallationTasklistBrowserIT(@LocalServerPort int port, CaseScenarios cases, MeterStock stock, Acts acts,
            TaskService tasks) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.stock = stock;
        this.acts = acts;
        this.tasks = tasks;
    }

    @BeforeEach
    void stockUp() {
        stock.setAvailable("azersu-yasamal", 5);
    }

    @Test
    void employeesWorkTheCaseInTasklistUntilTheMeterIsInstalled() {
        Case registered = applyAndConfirm();
        LocalDate today = LocalDate.now();

        tasklist.logIn("leyla", "demo");
        tasklist.openTask(TasklistFilters.MY_DEPARTMENT, ASSIGN_EXECUTOR, registered.number())
                .claim()
                .select("Field_executor", "Rauf Quliyev (rauf)")
                .type("Field_assignmentNote", "Sabah saat 10-da")
                .complete();
        tasklist.logOut();
        cases.runDueJobs();

        tasklist.logIn("rauf", "demo");
        tasklist.openTask(TasklistFilters.MY_TASKS, RECORD_VISIT_OUTCOME, registered.number())
                .choose("Field_visitOutcome", "Sayğac quraşdırıldı")
                .type("Field_meterSerial", "AZ-2026-7101")
                .type("Field_initialReading", "0.125")
                .type("Field_sealNumber", "PL-7101")
                .complete();
        tasklist.openTask(TasklistFilters.MY_TASKS, DRAW_UP_ACT, registered.number())
                .date("Field_actDate", today)
                .type("Field_actNotes", "Sayğac quraşdırıldı, plomblandı")
                .check("Field_subscriberAcknowledged")
                .complete();
        cases.runDueJobs();

        JsonNode status = http.get("/api/v1/applications/" + registered.number(), RASHAD).json();
        assertThat(status.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(acts.findByApplicationId(registered.id())).hasValueSatisfying(act -> {
            assertThat(act.meterSerial()).isEqualTo("AZ-2026-7101");
            assertThat(act.initialReading()).isEqualByComparingTo("0.125");
            assertThat(act.sealNumber()).isEqualTo("PL-7101");
            assertThat(act.actDate()).isEqualTo(today);
            assertThat(act.executor()).isEqualTo("rauf");
        });
        browser.assertNoConsoleErrors();
    }

    @Test
    void aTaskIsNotCompletedWhileARequiredFieldIsEmpty() {
        Case registered = applyAndConfirm();

        tasklist.logIn("leyla", "demo");
        TasklistForm form = tasklist.openTask(TasklistFilters.MY_DEPARTMENT, ASSIGN_EXECUTOR, registered.number())
                .claim()
                .type("Field_assignmentNote", "İcraçı sonra seçiləcək")
                .completeRefused();

        assertThat(form.errors("Field_executor")).containsExactly("Field is required.");
        assertThat(form.notices()).containsExactly("An error happened while submitting the task form");
        assertThat(tasklist.lists(TasklistFilters.MY_DEPARTMENT, ASSIGN_EXECUTOR, registered.number())).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(registered.id())
                .taskDefinitionKey(WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).taskAssignee("leyla").count()).isOne();
        browser.assertNoConsoleErrors();
    }

    /** Applies and confirms as the citizen, and lets the engine route the case to the department. */
    private Case applyAndConfirm() {
        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterInstallation(YASAMAL_NO_METER));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String id = submitted.json().path("id").asText();
        Answer confirmed = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        cases.runDueJobs();
        return new Case(id, confirmed.json().path("number").asText());
    }

    record Case(String id, String number) {
    }
}
