package az.muraciet.intake;

import static az.muraciet.intake.ApplicationsApiTest.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import az.muraciet.subscriber.Subscriber;

/**
 * Azərsu's meter reading submission through the citizen API over real HTTP: registered as it is submitted (no
 * confirmation step), the accepted reading in the case's history; a reading the table flags is reviewed by the
 * district's employee through the engine REST API, as Tasklist does; bad readings and codes without a meter are
 * refused with the field named and nothing stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeterReadingApiTest {

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final Login LEYLA = new Login("leyla", "demo");

    private final HttpCalls http;
    private final CaseScenarios cases;
    private final JdbcTemplate jdbc;
    private final MeteredSubscribers meters;

    @Autowired
    MeterReadingApiTest(@LocalServerPort int port, CaseScenarios cases, JdbcTemplate jdbc, MeteredSubscribers meters) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Test
    void theCatalogueListsTheMeterReadingSubmission() {
        Answer services = http.get("/api/v1/services", RASHAD);

        assertThat(elements(services.json())).filteredOn(s -> s.path("code").asText().equals(TestApplications.METER_READING))
                .singleElement().satisfies(service -> {
                    assertThat(service.path("utility").asText()).isEqualTo("AZERSU");
                    assertThat(service.path("nameAz").asText()).isEqualTo("Sayğac göstəricilərinin təqdim edilməsi");
                    assertThat(service.path("formId").asText()).isEqualTo("Form_MeterReadingSubmission");
                });
    }

    @Test
    void aPlausibleReadingIsRegisteredWithoutConfirmationAndTheAcceptedReadingIsInTheHistory() {
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 12);

        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterReading(subscriber.code(), 1012.5));

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        JsonNode answer = submitted.json();
        String id = answer.path("id").asText();
        String number = answer.path("number").asText();
        assertThat(number).matches("AG-\\d{4}-\\d{6}");
        assertThat(answer.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(answer.path("warnings")).isEmpty();
        Answer confirmedAnyway = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
        assertThat(confirmedAnyway.status()).as("confirming is harmless").isEqualTo(200);
        assertThat(confirmedAnyway.json().path("number").asText()).isEqualTo(number);
        cases.runDueJobs();

        JsonNode details = http.get("/api/v1/applications/" + number, RASHAD).json();
        assertThat(details.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(elements(details.path("history")))
                .extracting(step -> step.path("status").asText(), step -> step.path("statusLabel").path("az").asText(),
                        step -> step.path("note").asText(null))
                .containsExactly(
                        tuple("SUBMITTED", "Göndərildi (təsdiq gözlənilir)", null),
                        tuple("REGISTERED", "Qeydiyyata alındı", null),
                        tuple("READING_ACCEPTED", "Sayğac göstəricisi qəbul edildi", "1012.5 m³"),
                        tuple("COMPLETED", "İcra edildi", null));
        assertThat(jdbc.queryForObject("select count(*) from meter_reading where application_id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void aReadingFlaggedByTheTableIsCorrectedByTheDistrictsEmployeeInTasklist() {
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 12);
        String id = http.post("/api/v1/applications", RASHAD, TestApplications.meterReading(subscriber.code(), 10300))
                .json().path("id").asText();
        cases.runDueJobs();

        JsonNode review = openReview(id);
        JsonNode shown = http.get("/engine-rest/task/" + review.path("id").asText() + "/form-variables", LEYLA).json();
        assertThat(shown.path("readingCheck").path("value").asText()).isEqualTo("FAR_ABOVE_AVERAGE");
        assertThat(shown.path("reading").path("value").asDouble()).isEqualTo(10300.0);
        assertThat(shown.path("lastReading").path("value").asDouble()).isEqualTo(1000.0);
        assertThat(shown.path("averageMonthlyConsumption").path("value").asDouble()).isEqualTo(10.0);
        Answer tooPrecise = complete(review, Map.of("reviewDecision", Map.of("value", "CORRECT"),
                "correctedReading", Map.of("value", 1030.0001, "type", "Double")));
        assertThat(tooPrecise.status()).as("the form's 3 decimals hold in Tasklist too").isNotEqualTo(204);
        assertThat(tooPrecise.text()).contains("correctedReading");

        Answer corrected = complete(review, Map.of("reviewDecision", Map.of("value", "CORRECT"),
                "correctedReading", Map.of("value", 1030.0, "type", "Double")));
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(204);
        cases.runDueJobs();

        JsonNode details = http.get("/api/v1/applications/" + id, RASHAD).json();
        assertThat(details.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(elements(details.path("history"))).extracting(step -> step.path("status").asText(),
                step -> step.path("note").asText(null)).contains(tuple("FORWARDED", null),
                        tuple("READING_ACCEPTED", "1030 m³"));
    }

    @ParameterizedTest(name = "reading {0} → {1}")
    @CsvSource({ "-1, min", "12.3456, type", "'on iki', type", "1000000000, max" })
    void aBadReadingIsRefusedNamingTheFieldAndNothingIsStored(String reading, String code) {
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 12);
        Object sent = reading.matches("-?[0-9.]+") ? (Object) Double.valueOf(reading) : reading;

        JsonNode problem = refused(TestApplications.meterReading(subscriber.code(), sent));

        assertThat(elements(problem.path("errors"))).extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("data.reading", code));
    }

    @Test
    void aMissingReadingIsRefused() {
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 12);

        JsonNode problem = refused(TestApplications.meterReading(subscriber.code(), null));

        assertThat(elements(problem.path("errors"))).extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
                .containsExactly(tuple("data.reading", "required"));
    }

    @Test
    void aCodeWithoutAnActiveMeterIsRefusedWithAClearError() {
        Subscriber withoutMeter = meters.withoutMeter(DemoCitizens.RASHAD, "Yasamal");

        JsonNode problem = refused(TestApplications.meterReading(withoutMeter.code(), 12.5));

        assertThat(elements(problem.path("errors"))).singleElement().satisfies(error -> {
            assertThat(error.path("field").asText()).isEqualTo("subscriberCode");
            assertThat(error.path("code").asText()).isEqualTo("noActiveMeter");
            assertThat(error.path("message").asText())
                    .isEqualTo("Bu abonent kodunda aktiv sayğac yoxdur / This subscriber code has no active meter");
        });
    }

    private JsonNode refused(Object request) {
        int before = jdbc.queryForObject("select count(*) from application", Integer.class);
        int readings = jdbc.queryForObject("select count(*) from meter_reading", Integer.class);

        Answer answer = http.post("/api/v1/applications", RASHAD, request);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.mediaType()).isEqualTo("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from application", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from meter_reading", Integer.class)).isEqualTo(readings);
        return answer.json();
    }

    private JsonNode openReview(String applicationId) {
        Answer found = http.get("/engine-rest/task?processInstanceBusinessKey=" + applicationId
                + "&taskDefinitionKey=Task_ReviewReading", LEYLA);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        return assertThat(elements(found.json())).as("the review, visible to Leyla").singleElement().actual();
    }

    private Answer complete(JsonNode task, Map<String, Object> variables) {
        return http.post("/engine-rest/task/" + task.path("id").asText() + "/complete", LEYLA,
                Map.of("variables", variables));
    }
}
