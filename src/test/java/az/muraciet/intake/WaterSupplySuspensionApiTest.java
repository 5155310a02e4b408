package az.muraciet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.MeteredSubscribers;

/**
 * The water supply suspension over the citizen API, with Yasamal's employees working the case through the engine
 * REST API as Tasklist does; and the citizen action that asks for the supply back: listed while the case waits on
 * it, taken once however often it is posted, refused as a problem (never a 500) when unknown, early or not theirs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WaterSupplySuspensionApiTest {

    static final Login TURAL = new Login(DemoCitizens.TURAL, DemoCitizens.PASSWORD);
    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final Login LEYLA = new Login("leyla", "demo");
    static final Login RAUF = new Login("rauf", "demo");
    static final String RESTORE = "Message_RestorationRequested";

    private final HttpCalls http;
    private final CaseScenarios cases;
    private final MeteredSubscribers testSubscribers;
    private final JdbcTemplate jdbc;
    /** Tural's codes in Yasamal without a meter, new for each test: a code may have one open suspension at a time. */
    private String turalsCode;
    private String otherCode;

    @Autowired
    WaterSupplySuspensionApiTest(@LocalServerPort int port, CaseScenarios cases, MeteredSubscribers testSubscribers,
            JdbcTemplate jdbc) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.testSubscribers = testSubscribers;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void codesOfTheirOwn() {
        turalsCode = testSubscribers.withoutMeter(DemoCitizens.TURAL, "Yasamal").code();
        otherCode = testSubscribers.withoutMeter(DemoCitizens.TURAL, "Yasamal").code();
    }

    @Test
    void catalogueListsTheSuspensionService() {
        Answer services = http.get("/api/v1/services", TURAL);

        assertThat(ApplicationsApiTest.elements(services.json()))
                .filteredOn(service -> service.path("code").asText().equals(TestApplications.SUSPENSION_SERVICE))
                .singleElement().satisfies(service -> assertThat(service.toString()).contains("AZERSU",
                        "Su təchizatı və tullantı sularının axıdılması xidmətinin müvəqqəti dayandırılması və bərpası"));
    }

    @Test
    void suppliesSuspendedThenRestoredWhenTheCitizenAsksThroughTheApi() {
        String number = suspended();
        assertThat(number).matches("AD-\\d{4}-\\d{6}");

        Answer actions = http.get("/api/v1/applications/" + number + "/actions", TURAL);
        assertThat(actions.status()).isEqualTo(200);
        assertThat(ApplicationsApiTest.elements(actions.json()))
                .extracting(a -> a.path("name").asText(), a -> a.path("label").asText(), a -> a.path("labelEn").asText())
                .containsExactly(tuple(RESTORE, "Su təchizatının bərpasını istəyirəm",
                        "Ask for the water supply to be restored"));

        Answer taken = http.post("/api/v1/applications/" + number + "/actions/" + RESTORE, TURAL, null);
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.json().path("status").asText()).isEqualTo("RESTORATION_REQUESTED");
        assertThat(taken.json().path("alreadyTaken").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/applications/" + number + "/actions", TURAL).json()).isEmpty();

        JsonNode unseal = openTask(number, "Task_UnsealSupply", RAUF);
        complete(unseal, RAUF, Map.of("sealCondition", Map.of("value", "INTACT"),
                "unsealedOn", Map.of("value", today().toString())));

        JsonNode details = http.get("/api/v1/applications/" + number, TURAL).json();
        assertThat(details.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(ApplicationsApiTest.elements(details.path("history")))
                .extracting(step -> step.path("status").asText(), step -> step.path("statusLabel").path("az").asText(),
                        step -> step.path("note").asText(null))
                .containsExactly(
                        tuple("SUBMITTED", "Göndərildi (təsdiq gözlənilir)", null),
                        tuple("REGISTERED", "Qeydiyyata alındı", null),
                        tuple("FORWARDED", "İcraya yönləndirildi", null),
                        tuple("EXECUTOR_ASSIGNED", "İcraçı təyin edildi", null),
                        tuple("SUSPENDED", "Su təchizatı müvəqqəti dayandırıldı", today() + ", PL-7001"),
                        tuple("RESTORATION_REQUESTED", "Su təchizatının bərpası istənildi", null),
                        tuple("RESTORED", "Su təchizatı bərpa edildi", today().toString()),
                        tuple("COMPLETED", "İcra edildi", null));
    }

    @Test
    void theSameActionPostedTwiceOrAtOnceIsTakenOnceAndAnswersTheSame() throws Exception {
        String number = suspended();
        String path = "/api/v1/applications/" + number + "/actions/" + RESTORE;

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> clicks = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clicks.add(pool.submit(() -> {
                    start.await();
                    return http.post(path, TURAL, null);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> click : clicks) {
                answers.add(click.get(60, TimeUnit.SECONDS));
            }
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                assertThat(answer.json().path("status").asText()).isEqualTo("RESTORATION_REQUESTED");
            });
            assertThat(answers).filteredOn(answer -> !answer.json().path("alreadyTaken").asBoolean()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        Answer again = http.post(path, TURAL, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("alreadyTaken").asBoolean()).isTrue();
        assertThat(ApplicationsApiTest.elements(http.get("/api/v1/applications/" + number, TURAL).json().path("history")))
                .filteredOn(step -> step.path("status").asText().equals("RESTORATION_REQUESTED")).hasSize(1);
        assertThat(http.get("/engine-rest/task?processInstanceBusinessKey=" + idOf(number)
                + "&taskDefinitionKey=Task_UnsealSupply", RAUF).json()).hasSize(1);
    }

    @Test
    void anActionTooEarlyUnknownOrOnSomeoneElsesCaseIsAProblemAndChangesNothing() {
        String id = submitted();
        String number = http.post("/api/v1/applications/" + id + "/confirm", TURAL, null).json().path("number").asText();
        cases.runDueJobs();

        Answer early = http.post("/api/v1/applications/" + number + "/actions/" + RESTORE, TURAL, null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.mediaType()).isEqualTo("application/problem+json");
        assertThat(early.json().path("detail").asText()).contains("hazırda mümkün deyil");

        Answer unknown = http.post("/api/v1/applications/" + number + "/actions/Message_NoSuchThing", TURAL, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.mediaType()).isEqualTo("application/problem+json");
        Answer confirmation = http.post("/api/v1/applications/" + number + "/actions/Message_ApplicationConfirmed", TURAL, null);
        assertThat(confirmation.status()).as("confirming is no citizen action").isEqualTo(404);

        Answer someoneElses = http.post("/api/v1/applications/" + number + "/actions/" + RESTORE, RASHAD, null);
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + number + "/actions", RASHAD).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/AD-2026-999999/actions", TURAL).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/applications/" + number + "/actions/" + RESTORE, null, null).status()).isEqualTo(401);

        assertThat(http.get("/api/v1/applications/" + number + "/actions", TURAL).json()).isEmpty();
        assertThat(http.get("/api/v1/applications/" + number, TURAL).json().path("status").asText()).isEqualTo("FORWARDED");
    }

    @Test
    void aCodeWithAnActiveMeterOrAPastDateIsRefusedBesideItsField() {
        Answer metered = http.post("/api/v1/applications", new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD),
                TestApplications.waterSupplySuspension("10000002", today().plusDays(3), null));
        assertThat(metered.status()).isEqualTo(400);
        assertThat(ApplicationsApiTest.elements(metered.json().path("errors")))
                .extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("subscriberCode", "activeMeter"));

        Answer past = http.post("/api/v1/applications", TURAL,
                TestApplications.waterSupplySuspension(turalsCode, today().minusDays(1), today().plusDays(3)));
        assertThat(past.status()).isEqualTo(400);
        assertThat(ApplicationsApiTest.elements(past.json().path("errors")))
                .extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("data.suspensionStartDate", "pastDate"));
    }

    /** Submitted, confirmed, Leyla assigns Rauf, the date (today) has come and Rauf seals the supply. */
    private String suspended() {
        String id = submitted();
        String number = http.post("/api/v1/applications/" + id + "/confirm", TURAL, null).json().path("number").asText();
        cases.runDueJobs();
        complete(openTask(number, "Task_AssignExecutor", LEYLA), LEYLA, Map.of("executor", Map.of("value", "rauf")));
        JsonNode seal = openTask(number, "Task_SealSupply", RAUF);
        assertThat(seal.path("assignee").asText()).isEqualTo("rauf");
        complete(seal, RAUF, Map.of(
                "sealOutcome", Map.of("value", "SEALED"),
                "sealNumber", Map.of("value", "PL-7001"),
                "sealedOn", Map.of("value", today().toString()),
                "sealPlace", Map.of("value", "Mənzilin girişində siyirtmə")));
        assertThat(http.get("/api/v1/applications/" + number, TURAL).json().path("status").asText()).isEqualTo("SUSPENDED");
        return number;
    }

    @Test
    void aSecondSuspensionOfACodeWithAnOpenOneIsRefusedNamingTheCodeUntilTheFirstHasEnded() {
        String first = submitted();

        Answer whileUnconfirmed = http.post("/api/v1/applications", TURAL,
                TestApplications.waterSupplySuspension(turalsCode, today().plusDays(5), null));

        assertThat(whileUnconfirmed.status()).isEqualTo(400);
        assertThat(whileUnconfirmed.json().path("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(ApplicationsApiTest.elements(whileUnconfirmed.json().path("errors")))
                .extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("subscriberCode", "openCaseExists"));
        assertThat(whileUnconfirmed.text()).contains("başa çatmamış müraciət var", "unfinished application");
        assertThat(casesOnTheCode()).as("nothing stored").isEqualTo(1);

        http.post("/api/v1/applications/" + first + "/cancel", TURAL, null);
        String second = submitted();
        String number = http.post("/api/v1/applications/" + second + "/confirm", TURAL, null).json().path("number")
                .asText();
        Answer whileRegistered = http.post("/api/v1/applications", TURAL,
                TestApplications.waterSupplySuspension(turalsCode, today().plusDays(5), null));

        assertThat(whileRegistered.status()).isEqualTo(400);
        assertThat(whileRegistered.json().path("errors").get(0).path("message").asText())
                .as("the open case's number, to its own applicant").contains("(" + number + ")");
        assertThat(casesOnTheCode()).as("the withdrawn one and the open one").isEqualTo(2);
        assertThat(http.post("/api/v1/applications", TURAL, TestApplications.waterSupplySuspension(otherCode,
                today().plusDays(5), null)).status()).as("another code of the same citizen").isEqualTo(201);
    }

    @Test
    void twoSuspensionsOfOneCodeSentAtOnceMakeOneCase() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Answer> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return http.post("/api/v1/applications", TURAL,
                            TestApplications.waterSupplySuspension(turalsCode, today().plusDays(1), null));
                }));
            }
            start.countDown();
            for (Future<Answer> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 400, 400);
        assertThat(casesOnTheCode()).isEqualTo(1);
    }

    private long casesOnTheCode() {
        return jdbc.queryForObject("select count(*) from application where subscriber_code = ?", Long.class, turalsCode);
    }

    private String submitted() {
        Answer submitted = http.post("/api/v1/applications", TURAL,
                TestApplications.waterSupplySuspension(turalsCode, today(), today().plusMonths(2)));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.json().path("warnings")).isEmpty();
        return submitted.json().path("id").asText();
    }

    private String idOf(String number) {
        return http.get("/api/v1/applications/" + number, TURAL).json().path("id").asText();
    }

    private JsonNode openTask(String number, String taskKey, Login employee) {
        cases.runDueJobs();
        Answer found = http.get("/engine-rest/task?processInstanceBusinessKey=" + idOf(number) + "&taskDefinitionKey="
                + taskKey, employee);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        return assertThat(ApplicationsApiTest.elements(found.json())).as(taskKey + " visible to " + employee.user())
                .singleElement().actual();
    }

    private void complete(JsonNode task, Login employee, Map<String, Object> variables) {
        Answer completed = http.post("/engine-rest/task/" + task.path("id").asText() + "/complete", employee,
                Map.of("variables", variables));
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
        cases.runDueJobs();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Baku"));
    }
}
