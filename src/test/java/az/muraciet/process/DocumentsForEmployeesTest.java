package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;

import az.muraciet.ServerSessions;
import az.muraciet.document.DocumentUpload;
import az.muraciet.document.TestDocuments;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;

/**
 * The employees open a case's documents from the document check task's form: the links in its text lead to
 * {@code /employee/documents/<id>}, which answers only an employee of the case's department — logged in to Tasklist
 * (the webapps' session) or with their Camunda password (HTTP Basic). Over real HTTP, as the browser opens the link.
 * The same for the emergency crew's task and the accident's optional photo.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentsForEmployeesTest {

    private static final Pattern LINK = Pattern.compile("\\]\\((/employee/documents/[0-9a-f-]{36})\\)");

    @LocalServerPort int port;
    @Autowired CaseScenarios cases;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired ServletWebServerApplicationContext server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String applicationId;
    private String propertyDocument;

    @BeforeEach
    void aCaseRoutedToYasamalWithItsDocuments() {
        applicationId = cases.submit(DemoCitizens.RASHAD, TestApplications.newSubscriber("Yasamal"),
                TestDocuments.newSubscriberDocuments());
        cases.confirm(DemoCitizens.RASHAD, applicationId);
        cases.runDueJobs();
        String links = (String) tasks.getVariable(cases.task(applicationId,
                NewSubscriberRegistrationProcess.TASK_CHECK_DOCUMENTS).getId(), NewSubscriberRegistrationProcess.DOCUMENT_LINKS);
        Matcher last = LINK.matcher(links);
        while (last.find()) {
            propertyDocument = last.group(1);
        }
    }

    @Test
    void anEmployeeOfTheDepartmentOpensTheDocumentFromTheTaskFormsLink() throws Exception {
        HttpResponse<byte[]> leyla = get(propertyDocument, basic("leyla"));

        assertThat(leyla.statusCode()).isEqualTo(200);
        assertThat(leyla.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(leyla.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
                .contains("reyestr-cixarisi.pdf");
        assertThat(leyla.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(leyla.body()).isEqualTo(TestDocuments.newSubscriberDocuments().get(2).content().read());
    }

    @Test
    void aHeadOfTheDepartmentOpensItToo() throws Exception {
        User head = identity.newUser("bashchi-" + System.nanoTime());
        head.setPassword("demo");
        identity.saveUser(head);
        try {
            assertThat(get(propertyDocument, basic(head.getId())).statusCode()).as("no department yet").isEqualTo(403);
            identity.createMembership(head.getId(), "azersu-yasamal-head");
            assertThat(get(propertyDocument, basic(head.getId())).statusCode()).as("only in the head group").isEqualTo(200);
        } finally {
            identity.deleteUser(head.getId());
        }
    }

    @Test
    void anEmployeeLoggedInToTasklistOpensItWithTheTasklistSession() throws Exception {
        String rauf = tasklistLogin("rauf");

        HttpResponse<byte[]> opened = get(propertyDocument, "Cookie", "JSESSIONID=" + rauf);

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(get(propertyDocument, "Cookie", "JSESSIONID=" + tasklistLogin("aysel")).statusCode())
                .as("Tasklist session of another department").isEqualTo(403);
    }

    @Test
    void anotherDepartmentIsRefusedAndNobodyElseGetsIn() throws Exception {
        assertThat(get(propertyDocument).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(get(propertyDocument).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(get(propertyDocument, basic("aysel")).statusCode()).as("Nəsimi employee").isEqualTo(403);
        assertThat(get(propertyDocument, basic("farid")).statusCode()).as("Azərişıq head").isEqualTo(403);
        // Camunda throttles a user's logins after a wrong password: a user no other test logs in as (see
        // EngineRestAuthorizationTest)
        assertThat(get(propertyDocument, "Authorization", basicHeader("sevda", "wrong")).statusCode())
                .as("wrong password").isEqualTo(401);
        assertThat(get(propertyDocument, "Authorization", basicHeader(DemoCitizens.RASHAD, DemoCitizens.PASSWORD))
                .statusCode()).as("the citizen's API login is no employee").isIn(401, 403);
        String portal = new ServerSessions(server).citizen(DemoCitizens.RASHAD);
        assertThat(get("/applications", "Cookie", "JSESSIONID=" + portal).statusCode())
                .as("the portal session is a real one").isEqualTo(200);
        assertThat(get(propertyDocument, "Cookie", "JSESSIONID=" + portal).statusCode())
                .as("the applicant's own portal session").isEqualTo(401);
    }

    @Test
    void anUnknownDocumentOrOneOfACaseNotYetRoutedIsNotFound() throws Exception {
        assertThat(get("/employee/documents/00000000-0000-0000-0000-000000000000", basic("leyla")).statusCode())
                .isEqualTo(404);
        String unconfirmed = cases.submit(DemoCitizens.RASHAD, TestApplications.newSubscriber("Yasamal"),
                TestDocuments.newSubscriberDocuments());
        String document = jdbc.queryForObject("select id from case_document where application_id = ? order by position "
                + "limit 1", String.class, unconfirmed);
        assertThat(get("/employee/documents/" + document, basic("leyla")).statusCode()).isEqualTo(404);
    }

    @Test
    void theDistrictsEmergencyCrewOpensTheAccidentPhotoFromTheirTaskAndNoOtherDepartmentDoes() throws Exception {
        byte[] photo = TestDocuments.jpeg(120_000);
        String accident = cases.submit(DemoCitizens.RASHAD, TestApplications.emergency("Yasamal"),
                List.of(DocumentUpload.of(EmergencyServiceProcess.PHOTO_SLOT, "qeza.jpg", photo)));
        cases.runDueJobs();
        String links = (String) tasks.getVariable(cases.task(accident, EmergencyServiceProcess.TASK_ELIMINATE_ACCIDENT)
                .getId(), EmergencyServiceProcess.DOCUMENT_LINKS);
        assertThat(links).startsWith("- Qəza yerinin şəkli: [qeza\\.jpg](/employee/documents/");
        Matcher link = LINK.matcher(links);
        assertThat(link.find()).isTrue();
        String path = link.group(1);

        HttpResponse<byte[]> namiq = get(path, basic("namiq"));

        assertThat(namiq.statusCode()).as("a member of the Yasamal crew").isEqualTo(200);
        assertThat(namiq.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(namiq.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
                .contains("qeza.jpg");
        assertThat(namiq.body()).isEqualTo(photo);
        assertThat(get(path, "Cookie", "JSESSIONID=" + tasklistLogin("ilkin")).body()).as("in Tasklist").isEqualTo(photo);
        assertThat(get(path, basic("tofiq")).statusCode()).as("the crew's head").isEqualTo(200);
        assertThat(get(path, basic("leyla")).statusCode()).as("Yasamal's water department, not the crew")
                .isEqualTo(403);
        assertThat(get(path, basic("vuqar")).statusCode()).as("the Nəsimi crew's head").isEqualTo(403);
        assertThat(get(path, basic("ramil")).statusCode()).as("the Nəsimi crew").isEqualTo(403);
        assertThat(get(path).statusCode()).as("anonymous").isEqualTo(401);
    }

    /**
     * Logs in to the Camunda webapps as Tasklist's login page does: the page hands out the CSRF token (cookie
     * XSRF-TOKEN, sent back as header X-XSRF-TOKEN), the login answers with the session. Returns the session id.
     */
    private String tasklistLogin(String user) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String token = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        HttpRequest login = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=demo"))
                .build();
        HttpResponse<String> answer = client.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String renewed = cookie(answer, "JSESSIONID");
        return renewed != null ? renewed : session;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((a, b) -> b).orElse(null);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String[] basic(String user) {
        return new String[] { "Authorization", basicHeader(user, "demo") };
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
