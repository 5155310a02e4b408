package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import az.muraciet.intake.TestApplications;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.process.CaseScenarios;

/**
 * Hostile input against every public endpoint of the citizen API and the portal: expressions ({@code ${...}},
 * {@code #{...}}), script, SQL fragments, path traversal, control characters, huge values, other people's ids, wrong
 * types, oversized bodies. Each gets a clean 4xx (a problem on the API, the form again with the message beside the
 * field on the portal), never a 5xx, never the payload back unescaped; and what is stored stays as it was.
 * (The engine REST API has its own: {@code EngineRestHardeningTest}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputTest {

    static final String RASHAD = DemoCitizens.RASHAD;
    static final String SCRIPT = "<script>alert(1)</script>";

    static Stream<String> hostile() {
        return Stream.of("${7*7}", "#{7*7}", "{{7*7}}", "${T(java.lang.Runtime).getRuntime().exec('id')}", SCRIPT,
                "\"><img src=x onerror=alert(1)>", "' OR '1'='1' --", "1; DROP TABLE application; --",
                "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "\u0000",
                "\u202Egpj.exe", "__proto__", "x".repeat(20_000));
    }

    /** Tables whose rows hostile input must leave alone. */
    static final List<String> STORED = List.of("application", "application_status_change", "notification", "act",
            "citizen_subscriber", "subscriber", "meter_stock", "act_ru_execution", "act_ru_task", "act_ru_variable");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseScenarios cases;
    final ObjectMapper json = new ObjectMapper();

    String othersCase;

    @BeforeEach
    void someoneElsesCase() {
        othersCase = cases.submit(DemoCitizens.GUNEL, TestApplications.meterInstallation("10000003"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void theApiAnswersHostileIdsInPathsWith4xx(String value) throws Exception {
        Map<String, Long> before = stored();
        String id = URLEncoder.encode(value, StandardCharsets.UTF_8);

        for (String path : List.of("/api/v1/applications/" + id, "/api/v1/applications/" + othersCase)) {
            assertClean4xx(api(get(path)), path);
        }
        for (String path : List.of("/api/v1/applications/" + id + "/confirm", "/api/v1/applications/" + id + "/cancel",
                "/api/v1/applications/" + othersCase + "/confirm", "/api/v1/applications/" + othersCase + "/cancel")) {
            assertClean4xx(api(post(path)), path);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void theApiRefusesHostileValuesInEveryCheckedFieldAndStoresNothing(String value) throws Exception {
        Map<String, Long> before = stored();
        List<Map<String, Object>> bodies = List.of(
                submission("serviceCode", value, null, null), submission("subscriberCode", value, null, null),
                submission(null, null, "reason", value), submission(null, null, "phone", value),
                submission(null, null, "email", value), submission(null, null, "additionalMeter", value),
                submission(null, null, value, "extra field"));

        for (Map<String, Object> body : bodies) {
            MockHttpServletResponse answer = api(post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsBytes(body)));
            assertClean4xx(answer, body.toString());
            assertThat(answer.getContentType()).startsWith("application/problem+json");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theApiRefusesWrongTypesAndOversizedBodies() throws Exception {
        Map<String, Long> before = stored();
        for (String body : List.of("[]", "\"text\"", "42", "{\"serviceCode\": 42}", "{\"data\": []}",
                "{\"serviceCode\": {\"$ne\": null}}", "{", "\u0000",
                "{\"serviceCode\":\"WATER_METER_INSTALLATION\",\"subscriberCode\":\"10000002\",\"data\":{\"notes\":\""
                        + "x".repeat(3_000_000) + "\"}}")) {
            assertClean4xx(api(post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON).content(body)),
                    body.length() > 80 ? body.substring(0, 80) + "…" : body);
        }
        assertClean4xx(api(post("/api/v1/applications").contentType(MediaType.APPLICATION_XML).content("<a/>")), "XML");
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void thePortalAnswersHostileIdsInPathsWith4xx(String value) throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, RASHAD);
        Map<String, Long> before = stored();
        String id = URLEncoder.encode(value, StandardCharsets.UTF_8);

        for (String path : List.of("/applications/" + id, "/applications/" + id + "/act.pdf", "/applications/" + othersCase,
                "/applications/" + othersCase + "/act.pdf", "/applications/" + id + "/confirm", "/statements/" + id,
                "/statements/" + id + ".pdf", "/statements/10000003", "/services/" + id + "/apply")) {
            assertClean4xx(rashad.open(path).response(), path);
        }
        for (String path : List.of("/applications/" + id + "/confirm", "/applications/" + id + "/cancel",
                "/applications/" + othersCase + "/confirm", "/applications/" + othersCase + "/cancel")) {
            rashad.open("/applications");
            assertClean4xx(rashad.post(path).response(), path);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void citizenActionsAnswerHostileCaseIdsAndActionNamesWith4xxAndTakeNothing(String value) throws Exception {
        String ownCase = cases.submit(RASHAD, TestApplications.meterInstallation("10000002"));
        Map<String, Long> before = stored();
        String hostile = URLEncoder.encode(value, StandardCharsets.UTF_8);

        for (String path : List.of("/api/v1/applications/" + hostile + "/actions",
                "/api/v1/applications/" + othersCase + "/actions")) {
            assertClean4xx(api(get(path)), path);
        }
        for (String path : List.of("/api/v1/applications/" + hostile + "/actions/Message_RestorationRequested",
                "/api/v1/applications/" + othersCase + "/actions/" + hostile,
                "/api/v1/applications/" + ownCase + "/actions/" + hostile)) {
            assertClean4xx(api(post(path)), path);
        }
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, RASHAD);
        rashad.open("/applications");
        for (String path : List.of("/applications/" + hostile + "/actions/Message_RestorationRequested",
                "/applications/" + othersCase + "/actions/" + hostile)) {
            assertClean4xx(rashad.post(path).response(), path);
        }
        // the citizen's own case: the case page again with "not possible now", or the firewall's 400 for the path
        MockHttpServletResponse own = mvc.perform(post("/applications/" + ownCase + "/actions/" + hostile)
                .with(user(RASHAD).roles("CITIZEN")).with(csrf())).andReturn().getResponse();
        if (own.getStatus() / 100 == 3) {
            assertThat(own.getRedirectedUrl()).isEqualTo("/applications/" + ownCase + "?done=actionUnavailable");
        } else {
            assertClean4xx(own, "own case, action " + value);
        }
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void thePortalFormsShowTheMessageBesideTheFieldAndStoreNothing(String value) throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, RASHAD);
        Map<String, Long> before = stored();
        String contactsBefore = contacts();

        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("/profile/codes/new", Map.of("code", value));
        forms.put("/profile/mobile", Map.of("mobile", value));
        forms.put("/profile/email", Map.of("email", value));
        forms.put("/services/WATER_METER_INSTALLATION/apply", Map.of("subscriberCode", value, "reason", value,
                "phone", value, "email", value));
        for (var form : forms.entrySet()) {
            rashad.open(form.getKey().equals("/profile/codes/new") ? "/profile/codes/new" : form.getKey());
            PortalBrowser.Page page = rashad.post(form.getKey(), form.getValue());
            assertThat(page.status()).as(form.getKey()).isBetween(200, 499);
            assertThat(page.response().getContentAsString()).as(form.getKey()).doesNotContain(SCRIPT);
            if (page.status() < 400) {
                assertThat(page.doc().select(".field-error, .error-summary")).as(form.getKey() + ": message beside the field")
                        .isNotEmpty();
            }
        }
        assertThat(stored()).isEqualTo(before);
        assertThat(contacts()).isEqualTo(contactsBefore);
    }

    @Test
    void thePortalLoginRefusesHostileFinsWithoutSendingAnything() throws Exception {
        Map<String, Long> before = stored();
        for (String value : hostile().toList()) {
            PortalBrowser visitor = new PortalBrowser(mvc);
            visitor.open("/login");
            PortalBrowser.Page page = visitor.post("/login", Map.of("fin", value));
            assertThat(page.status()).as(value).isBetween(200, 499);
            assertThat(page.response().getContentAsString()).doesNotContain(SCRIPT);
        }
        assertThat(stored()).isEqualTo(before);
    }

    private Map<String, Object> submission(String topField, String topValue, String dataField, String dataValue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceCode", TestApplications.SERVICE);
        body.put("subscriberCode", "10000002");
        Map<String, Object> data = new LinkedHashMap<>(TestApplications.validData());
        data.put("additionalMeter", true);
        if (topField != null) {
            body.put(topField, topValue);
        }
        if (dataField != null) {
            data.put(dataField, dataValue);
        }
        body.put("data", data);
        return body;
    }

    private MockHttpServletResponse api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(RASHAD, DemoCitizens.PASSWORD))).andReturn().getResponse();
    }

    /**
     * A 4xx without a stack trace. A JSON problem may name the offending field as it was sent (a JSON string, served as
     * {@code application/problem+json} with {@code nosniff}, is no markup); an HTML page never shows it unescaped.
     */
    private static void assertClean4xx(MockHttpServletResponse answer, String what) throws Exception {
        assertThat(answer.getStatus()).as(what + " → " + answer.getContentAsString()).isBetween(400, 499);
        String body = answer.getContentAsString();
        assertThat(body).as(what).doesNotContain("Exception").doesNotContain("at az.muraciet");
        if (answer.getContentType() != null && answer.getContentType().startsWith("application/problem+json")) {
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        } else {
            assertThat(body).as(what).doesNotContain(SCRIPT);
        }
    }

    private Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STORED.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private String contacts() {
        return jdbc.queryForList("select fin, contact_mobile, email from citizen order by fin").toString();
    }
}
