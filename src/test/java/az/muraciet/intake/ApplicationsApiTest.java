package az.muraciet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/**
 * The citizen API over real HTTP, with the department's employees working the case through the engine REST API as
 * Tasklist does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationsApiTest {

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final Login LEYLA = new Login("leyla", "demo");
    static final Login RAUF = new Login("rauf", "demo");
    static final String YASAMAL_NO_METER = "10000001";
    static final String NASIMI_WITH_METER = "10000002";

    private final HttpCalls http;
    private final CaseScenarios cases;
    private final JdbcTemplate jdbc;
    private final MeterStock stock;

    @Autowired
    ApplicationsApiTest(@LocalServerPort int port, CaseScenarios cases, JdbcTemplate jdbc, MeterStock stock) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.jdbc = jdbc;
        this.stock = stock;
    }

    @BeforeEach
    void stockUp() {
        stock.setAvailable("azersu-yasamal", 5);
    }

    @Test
    void catalogueListsTheWaterMeterInstallation() {
        Answer services = http.get("/api/v1/services", RASHAD);

        assertThat(services.status()).isEqualTo(200);
        assertThat(services.json().findValuesAsText("code")).contains(TestApplications.SERVICE);
    }

    @Test
    void catalogueListsAzerishiqsNetworkTechnicalService() {
        Answer services = http.get("/api/v1/services", RASHAD);

        assertThat(services.status()).isEqualTo(200);
        assertThat(services.json().findValuesAsText("code")).contains(TestApplications.NETWORK_SERVICE);
        assertThat(services.json().toString()).contains("AZERISHIQ",
                "İstehlakçının balansında olan elektrik şəbəkələrinə və avadanlıqlarına texniki xidmətin göstərilməsi");
    }

    @Test
    void eachUtilityCountsItsOwnApplicationNumbers() {
        String water1 = confirmedNumber(TestApplications.meterInstallation(YASAMAL_NO_METER));
        String network1 = confirmedNumber(TestApplications.networkService("20000001"));
        String network2 = confirmedNumber(TestApplications.networkService("20000001"));
        String water2 = confirmedNumber(TestApplications.meterInstallation(YASAMAL_NO_METER));

        assertThat(network1).matches("AE-\\d{4}-\\d{6}");
        assertThat(sequence(network2)).isEqualTo(sequence(network1) + 1);
        assertThat(water1).matches("AS-\\d{4}-\\d{6}");
        assertThat(sequence(water2)).as("the AE numbers in between take none of the AS series")
                .isEqualTo(sequence(water1) + 1);
    }

    private String confirmedNumber(az.muraciet.intake.SubmitApplicationRequest request) {
        String id = http.post("/api/v1/applications", RASHAD, request).json().path("id").asText();
        return http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null).json().path("number").asText();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void meterIsInstalledFromSubmissionToCompletionAndTheCitizenFollowsEveryStep() {
        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterInstallation(YASAMAL_NO_METER));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().path("id").asText();
        assertThat(submitted.headers().getLocation()).hasToString("/api/v1/applications/" + id);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().path("warnings")).isEmpty();

        Answer confirmed = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
        assertThat(confirmed.status()).isEqualTo(200);
        String number = confirmed.json().path("number").asText();
        assertThat(number).matches("AS-\\d{4}-\\d{6}");
        assertThat(confirmed.json().path("status").asText()).isEqualTo("REGISTERED");
        cases.runDueJobs();

        JsonNode assign = openTask(id, "Task_AssignExecutor", LEYLA);
        // as Tasklist reads them: a Json variable comes as its JSON text only when not deserialized
        JsonNode formVariables = http.get("/engine-rest/task/" + assign.path("id").asText()
                + "/form-variables?deserializeValues=false", LEYLA).json();
        assertThat(formVariables.path("applicationNumber").path("value").asText()).isEqualTo(number);
        assertThat(formVariables.path("subscriberCode").path("value").asText()).isEqualTo(YASAMAL_NO_METER);
        assertThat(formVariables.path("executorOptions").path("value").asText()).contains("\"rauf\"", "\"nigar\"");
        complete(assign, LEYLA, Map.of("executor", Map.of("value", "rauf")));
        cases.runDueJobs();

        JsonNode visit = openTask(id, "Task_RecordVisitOutcome", RAUF);
        assertThat(visit.path("assignee").asText()).isEqualTo("rauf");
        complete(visit, RAUF, Map.of(
                "visitOutcome", Map.of("value", "INSTALLED"),
                "meterSerial", Map.of("value", "AZ-2026-7001"),
                "initialReading", Map.of("value", 0.125, "type", "Double"),
                "sealNumber", Map.of("value", "PL-7001")));
        complete(openTask(id, "Task_DrawUpAct", RAUF), RAUF, Map.of(
                "actDate", Map.of("value", LocalDate.now().toString()),
                "subscriberAcknowledged", Map.of("value", true)));
        cases.runDueJobs();

        Answer status = http.get("/api/v1/applications/" + number, RASHAD);
        assertThat(status.status()).isEqualTo(200);
        JsonNode details = status.json();
        assertThat(details.path("number").asText()).isEqualTo(number);
        assertThat(details.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(details.path("statusLabel").path("az").asText()).isEqualTo("İcra edildi");
        assertThat(elements(details.path("history")))
                .extracting(step -> step.path("status").asText(), step -> step.path("statusLabel").path("az").asText())
                .containsExactly(
                        tuple("SUBMITTED", "Göndərildi (təsdiq gözlənilir)"),
                        tuple("REGISTERED", "Qeydiyyata alındı"),
                        tuple("FORWARDED", "İcraya yönləndirildi"),
                        tuple("EXECUTOR_ASSIGNED", "İcraçı təyin edildi"),
                        tuple("ACT_DRAWN_UP", "Akt tərtib edildi"),
                        tuple("COMPLETED", "İcra edildi"));

        Answer mine = http.get("/api/v1/applications", RASHAD);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(elements(mine.json()))
                .filteredOn(application -> application.path("id").asText().equals(id))
                .singleElement()
                .satisfies(application -> {
                    assertThat(application.path("number").asText()).isEqualTo(number);
                    assertThat(application.path("status").asText()).isEqualTo("COMPLETED");
                    assertThat(application.path("statusLabel").path("az").asText()).isEqualTo("İcra edildi");
                });
    }

    @Test
    void confirmingTwiceGivesTheSameNumberAndOneCase() {
        String id = submit(YASAMAL_NO_METER);

        Answer first = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
        Answer second = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        String number = first.json().path("number").asText();
        assertThat(second.json().path("number").asText()).isEqualTo(number);
        assertThat(jdbc.queryForObject("select count(*) from application where number = ?", Integer.class, number))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Integer.class, id))
                .isOne();
        assertThat(elements(http.get("/api/v1/applications/" + number, RASHAD).json().path("history")))
                .extracting(step -> step.path("status").asText())
                .containsOnlyOnce("REGISTERED");
    }

    @Test
    void confirmationsArrivingTogetherRegisterTheCaseOnce() throws Exception {
        String id = submit(YASAMAL_NO_METER);
        ExecutorService citizenTaps = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(citizenTaps.submit(() -> {
                    start.await();
                    return http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
                }));
            }
            start.countDown();

            Set<String> numbers = new HashSet<>();
            for (Future<Answer> answer : answers) {
                Answer confirmed = answer.get(30, TimeUnit.SECONDS);
                assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
                numbers.add(confirmed.json().path("number").asText());
            }
            assertThat(numbers).singleElement().asString().matches("AS-\\d{4}-\\d{6}");
            assertThat(elements(http.get("/api/v1/applications/" + id, RASHAD).json().path("history")))
                    .extracting(step -> step.path("status").asText())
                    .containsExactly("SUBMITTED", "REGISTERED");
        } finally {
            citizenTaps.shutdownNow();
        }
    }

    @Test
    void codeWithAnActiveMeterIsAcceptedWithAWarning() {
        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterInstallation(NASIMI_WITH_METER));

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(elements(submitted.json().path("warnings"))).extracting(JsonNode::asText)
                .containsExactly("ACTIVE_METER_EXISTS");
    }

    @Test
    void applicationCancelledBeforeConfirmationCannotBeConfirmedAnyMore() {
        String id = submit(YASAMAL_NO_METER);

        Answer cancelled = http.post("/api/v1/applications/" + id + "/cancel", RASHAD, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");

        Answer confirmed = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
        assertThat(confirmed.status()).isEqualTo(409);
        assertThat(confirmed.mediaType()).isEqualTo("application/problem+json");
        Answer status = http.get("/api/v1/applications/" + id, RASHAD);
        assertThat(status.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(status.json().path("number").isMissingNode()).isTrue();
    }

    @Test
    void confirmedApplicationCannotBeCancelled() {
        String id = submit(YASAMAL_NO_METER);
        String number = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null).json().path("number").asText();

        Answer cancelled = http.post("/api/v1/applications/" + id + "/cancel", RASHAD, null);

        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.mediaType()).isEqualTo("application/problem+json");
        assertThat(http.get("/api/v1/applications/" + number, RASHAD).json().path("status").asText()).isEqualTo("REGISTERED");
    }

    // --- Azərsu's electronic appeal and emergency service ------------------------------------------------------

    static final Login GUNEL = new Login(DemoCitizens.GUNEL, DemoCitizens.PASSWORD);

    @Test
    void catalogueSaysWhichServicesNeedASubscriberCode() {
        JsonNode services = http.get("/api/v1/services", RASHAD).json();

        assertThat(elements(services)).extracting(s -> s.path("code").asText(), s -> s.path("subscriberCodeRequired").asBoolean())
                .contains(tuple(TestApplications.APPEAL, false), tuple(TestApplications.EMERGENCY, false),
                        tuple(TestApplications.SERVICE, true), tuple(TestApplications.NETWORK_SERVICE, true));
        assertThat(services.toString()).contains("Elektron müraciət", "Qəza xidməti");
    }

    @Test
    void anAppealWithoutASubscriberCodeIsAnsweredAndTheCitizenReadsTheAnswerInTheCase() {
        Map<String, Object> appeal = Map.of("serviceCode", TestApplications.APPEAL,
                "data", TestApplications.appealData("SUPPLY_INTERRUPTION", "Yasamal"));
        Answer submitted = http.post("/api/v1/applications", GUNEL, appeal);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        String id = submitted.json().path("id").asText();
        String number = http.post("/api/v1/applications/" + id + "/confirm", GUNEL, null).json().path("number").asText();
        assertThat(number).matches("AM-\\d{4}-\\d{6}");
        cases.runDueJobs();

        JsonNode draft = openTask(id, "Task_DraftAnswer", RAUF);
        JsonNode formVariables = http.get("/engine-rest/task/" + draft.path("id").asText() + "/form-variables", RAUF).json();
        assertThat(formVariables.path("appealText").path("value").asText()).isEqualTo(TestApplications.APPEAL_TEXT);
        assertThat(formVariables.path("district").path("value").asText()).isEqualTo("Yasamal");
        String answer = "Şərifzadə küçəsində su xətti təmir olunur, su təchizatı sabah saat 18:00-da bərpa ediləcək.";
        complete(draft, RAUF, Map.of("answerText", Map.of("value", answer)));
        complete(openTask(id, "Task_ApproveAnswer", LEYLA), LEYLA, Map.of("approvalDecision", Map.of("value", "APPROVED")));

        JsonNode details = http.get("/api/v1/applications/" + number, GUNEL).json();
        assertThat(details.path("status").asText()).isEqualTo("ANSWERED");
        assertThat(details.path("statusLabel").path("az").asText()).isEqualTo("Cavablandırıldı");
        assertThat(details.path("subscriberCode").isMissingNode()).as("none given").isTrue();
        assertThat(elements(details.path("history")))
                .extracting(step -> step.path("status").asText(), step -> step.path("note").asText(null))
                .containsExactly(tuple("SUBMITTED", null), tuple("REGISTERED", null), tuple("FORWARDED", null),
                        tuple("ANSWERED", answer));
    }

    @Test
    void anAppealOrAnAccidentReportMissingWhatItNeedsIsRefusedNamingTheFields() {
        int before = jdbc.queryForObject("select count(*) from application", Integer.class);
        Answer noDistrict = http.post("/api/v1/applications", GUNEL, Map.of("serviceCode", TestApplications.APPEAL,
                "data", TestApplications.appealData("BILLING", null)));
        Map<String, Object> report = TestApplications.emergencyData("Yasamal");
        report.remove("street");
        report.put("description", "x".repeat(501));
        Answer noStreet = http.post("/api/v1/applications", GUNEL, Map.of("serviceCode", TestApplications.EMERGENCY,
                "data", report));

        assertThat(noDistrict.status()).isEqualTo(400);
        assertThat(noDistrict.mediaType()).isEqualTo("application/problem+json");
        assertThat(elements(noDistrict.json().path("errors")))
                .extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("data.district", "required"));
        assertThat(noStreet.status()).isEqualTo(400);
        assertThat(elements(noStreet.json().path("errors")))
                .extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactlyInAnyOrder(tuple("data.street", "required"), tuple("data.description", "maxLength"));
        assertThat(jdbc.queryForObject("select count(*) from application", Integer.class)).as("nothing stored")
                .isEqualTo(before);
    }

    @Test
    void anAccidentReportIsRegisteredAtOnceWithItsNumberAndCannotBeWithdrawn() {
        Answer reported = http.post("/api/v1/applications", RASHAD, TestApplications.emergency("Nəsimi"));

        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        assertThat(reported.json().path("status").asText()).isEqualTo("REGISTERED");
        String number = reported.json().path("number").asText();
        assertThat(number).matches("AQ-\\d{4}-\\d{6}");
        String id = reported.json().path("id").asText();
        cases.runDueJobs();
        assertThat(http.get("/api/v1/applications/" + number, RASHAD).json().path("statusLabel").path("az").asText())
                .isEqualTo("Qəza briqadasına göndərildi");
        JsonNode crewTask = openTask(id, "Task_EliminateAccident", new Login("ramil", "demo"));
        assertThat(crewTask.path("priority").asInt()).isEqualTo(90);

        Answer withdrawn = http.post("/api/v1/applications/" + id + "/cancel", RASHAD, null);
        assertThat(withdrawn.status()).isEqualTo(409);
    }

    private String submit(String subscriberCode) {
        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterInstallation(subscriberCode));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return submitted.json().path("id").asText();
    }

    /** The one open task of that kind in the case, as the employee sees it in Tasklist. */
    private JsonNode openTask(String applicationId, String taskKey, Login employee) {
        Answer found = http.get("/engine-rest/task?processInstanceBusinessKey=" + applicationId + "&taskDefinitionKey=" + taskKey,
                employee);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        return assertThat(elements(found.json())).as(taskKey + " visible to " + employee.user()).singleElement().actual();
    }

    private void complete(JsonNode task, Login employee, Map<String, Object> variables) {
        Answer completed = http.post("/engine-rest/task/" + task.path("id").asText() + "/complete", employee,
                Map.of("variables", variables));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
    }

    static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
