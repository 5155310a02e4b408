package az.muraciet.intake;

import static az.muraciet.intake.ApplicationsApiTest.elements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.security.DemoCitizens;

/**
 * Whatever a client sends, a bad application is answered with a problem that names the field, and nothing of it is
 * stored: no case row, no process instance.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationValidationTest {

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final String YASAMAL_NO_METER = "10000001";
    static final String TURALS_CODE = "10000004";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpCalls http;
    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final RuntimeService runtime;

    @Autowired
    ApplicationValidationTest(@LocalServerPort int port, JdbcTemplate jdbc, HistoryService history, RuntimeService runtime) {
        this.http = new HttpCalls(port);
        this.jdbc = jdbc;
        this.history = history;
        this.runtime = runtime;
    }

    @ParameterizedTest
    @ValueSource(strings = { "12345", "+7 912 123 45 67", "+994 40 123 45 67", "050 123 45 6", "bir iki üç" })
    void phoneThatIsNotAnAzerbaijaniMobileIsRejected(String phone) {
        assertThat(fieldsOf(rejected(RASHAD, withData("phone", phone), 400))).containsExactly("data.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = { "050 123 45 67", "+994 55 123-45-67", "+994501234567", "(050) 123-45-67" })
    void phoneInALocalSpellingIsStoredInE164(String phone) {
        String expected = phone.contains("55") ? "+994551234567" : "+994501234567";

        String id = accepted(withData("phone", phone));

        assertThat(jdbc.queryForObject("select contact_phone from application where id = ?", String.class, id))
                .isEqualTo(expected);
        assertThat(storedFormData(id).path("phone").asText()).isEqualTo(expected);
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceOf(id))
                .variableName("contactPhone").singleResult().getValue()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "resad", "resad@", "resad@example", "resad aliyev@example.az", "<resad@example.az>" })
    void emailThatIsNotAnAddressIsRejected(String email) {
        assertThat(fieldsOf(rejected(RASHAD, withData("email", email), 400))).containsExactly("data.email");
    }

    @Test
    void unknownSubscriberCodeIsRejected() {
        assertThat(fieldsOf(rejected(RASHAD, request("WATER_METER_INSTALLATION", "99999999", TestApplications.validData()), 400)))
                .containsExactly("subscriberCode");
    }

    @Test
    void subscriberCodeOfSomeoneElseIsRejectedLikeAnUnknownOne() {
        JsonNode problem = rejected(RASHAD, request("WATER_METER_INSTALLATION", TURALS_CODE, TestApplications.validData()), 400);

        assertThat(fieldsOf(problem)).containsExactly("subscriberCode");
        assertThat(problem.toString()).doesNotContain("Tural", "Hüseynov", "Cabbarlı");
    }

    @Test
    void unknownServiceIsRejected() {
        assertThat(fieldsOf(rejected(RASHAD, request("WATER_METER_REMOVAL", YASAMAL_NO_METER, TestApplications.validData()), 400)))
                .containsExactly("serviceCode");
    }

    @Test
    void missingServiceIsRejected() {
        assertThat(fieldsOf(rejected(RASHAD, request(null, YASAMAL_NO_METER, TestApplications.validData()), 400)))
                .containsExactly("serviceCode");
    }

    @Test
    void reasonThatIsNotInTheListIsRejected() {
        assertThat(fieldsOf(rejected(RASHAD, withData("reason", "FREE_METER"), 400))).containsExactly("data.reason");
    }

    @Test
    void missingReasonPhoneAndEmailAreAllReportedAtOnce() {
        Map<String, Object> data = TestApplications.validData();
        data.remove("reason");
        data.remove("phone");
        data.put("email", "  ");

        JsonNode problem = rejected(RASHAD, request("WATER_METER_INSTALLATION", YASAMAL_NO_METER, data), 400);

        assertThat(fieldsOf(problem)).containsExactlyInAnyOrder("data.reason", "data.phone", "data.email");
    }

    @Test
    void notesLongerThanAThousandCharactersAreRejected() {
        JsonNode problem = rejected(RASHAD, withData("notes", "ş".repeat(1001)), 400);

        assertThat(fieldsOf(problem)).containsExactly("data.notes");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("maxLength");
    }

    @Test
    void notesOfAThousandCharactersPass() {
        String notes = "ş".repeat(1000);

        String id = accepted(withData("notes", notes));

        assertThat(storedFormData(id).path("notes").asText()).isEqualTo(notes);
    }

    @Test
    void optionalFieldsSentAsNullAreTakenAsNotFilledIn() {
        Map<String, Object> data = TestApplications.validData();
        data.put("notes", null);
        data.put("additionalMeter", null);

        String id = accepted(request("WATER_METER_INSTALLATION", YASAMAL_NO_METER, data));

        assertThat(storedFormData(id).path("notes").isTextual()).isFalse();
    }

    @Test
    void fieldTheFormDoesNotHaveIsRejected() {
        assertThat(fieldsOf(rejected(RASHAD, withData("meterColour", "mavi"), 400))).containsExactly("data.meterColour");
    }

    @Test
    void malformedJsonIsRejected() {
        JsonNode problem = rejected(RASHAD, "{\"serviceCode\": \"WATER_METER_INSTALLATION\", \"subscriberCode\": ", 400);

        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    @Test
    void dataThatIsNotAnObjectIsRejected() {
        String body = """
                {"serviceCode": "WATER_METER_INSTALLATION", "subscriberCode": "10000001", "data": "reason=NEW_INSTALLATION"}""";

        assertThat(fieldsOf(rejected(RASHAD, body, 400))).containsExactly("data");
    }

    @Test
    void additionalMeterThatIsNotABooleanIsRejected() {
        assertThat(fieldsOf(rejected(RASHAD, withData("additionalMeter", Map.of("value", true)), 400)))
                .containsExactly("data.additionalMeter");
    }

    @Test
    void notesThatAreNotTextAreRejected() {
        assertThat(fieldsOf(rejected(RASHAD, withData("notes", List.of("bir", "iki")), 400))).containsExactly("data.notes");
    }

    @Test
    void emptyBodyIsRejected() {
        rejected(RASHAD, "", 400);
    }

    @Test
    void applicationWithoutCredentialsIsUnauthorized() {
        JsonNode problem = rejected(null, TestApplications.meterInstallation(YASAMAL_NO_METER), 401);

        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Giriş tələb olunur / Authentication required");
    }

    @Test
    void applicationWithAWrongPasswordIsUnauthorized() {
        rejected(new Login(DemoCitizens.RASHAD, "wrong"), TestApplications.meterInstallation(YASAMAL_NO_METER), 401);
    }

    @Test
    void readingApplicationsWithoutCredentialsIsUnauthorized() {
        Answer answer = http.get("/api/v1/applications", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.mediaType()).isEqualTo("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "${7*7}", "#{7*7}", "\"}, \"status\": \"COMPLETED", "'; drop table application; --" })
    void scriptsAndExpressionsInTheNotesAreKeptAsPlainText(String notes) {
        String id = accepted(withData("notes", notes));

        assertThat(storedFormData(id).path("notes").asText()).isEqualTo(notes);
        String processInstance = processInstanceOf(id);
        assertThat(runtime.getVariable(processInstance, "notes")).isEqualTo(notes);
        Answer asEmployeesSeeIt = http.get("/engine-rest/process-instance/" + processInstance + "/variables/notes",
                new Login("demo", "demo"));
        assertThat(asEmployeesSeeIt.status()).isEqualTo(200);
        assertThat(asEmployeesSeeIt.json().path("value").asText()).isEqualTo(notes);
        assertThat(http.get("/api/v1/applications/" + id, RASHAD).json().path("status").asText()).isEqualTo("SUBMITTED");
    }

    /** Sends the request, expects the problem, and checks that nothing was stored. */
    private JsonNode rejected(Login login, Object body, int status) {
        int cases = countCases();
        long processes = history.createHistoricProcessInstanceQuery().count();

        Answer answer = http.post("/api/v1/applications", login, body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.mediaType()).as(answer.text()).isEqualTo("application/problem+json");
        assertThat(countCases()).as("case rows").isEqualTo(cases);
        assertThat(history.createHistoricProcessInstanceQuery().count()).as("process instances").isEqualTo(processes);
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }

    private String accepted(Object body) {
        Answer answer = http.post("/api/v1/applications", RASHAD, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private static List<String> fieldsOf(JsonNode problem) {
        return elements(problem.path("errors")).stream().map(error -> error.path("field").asText()).toList();
    }

    private static Map<String, Object> withData(String field, Object value) {
        Map<String, Object> data = TestApplications.validData();
        data.put(field, value);
        return request("WATER_METER_INSTALLATION", YASAMAL_NO_METER, data);
    }

    private static Map<String, Object> request(String serviceCode, String subscriberCode, Map<String, Object> data) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (serviceCode != null) {
            request.put("serviceCode", serviceCode);
        }
        request.put("subscriberCode", subscriberCode);
        request.put("data", data);
        return request;
    }

    private JsonNode storedFormData(String id) {
        try {
            return JSON.readTree(jdbc.queryForObject("select form_data from application where id = ?", String.class, id));
        } catch (JsonProcessingException e) {
            throw new AssertionError("Stored form data is not JSON", e);
        }
    }

    private String processInstanceOf(String id) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
    }

    private int countCases() {
        return jdbc.queryForObject("select count(*) from application", Integer.class);
    }
}
