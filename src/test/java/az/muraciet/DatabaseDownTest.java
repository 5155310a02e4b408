package az.muraciet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import az.muraciet.security.DemoCitizens;
import jakarta.servlet.http.Cookie;

/**
 * The database unreachable, on H2: the application's data source answers as the pool does when the database is down
 * (no connection within its time-out), for the engine, JPA and JDBC alike, then works again. Every citizen request is
 * refused as "temporarily unavailable" — API problem details and the portal's page, both with {@code Retry-After} —
 * and readiness is DOWN while liveness stays UP; afterwards the same context serves again. The Camunda APIs (engine
 * REST, over real HTTP, and the webapps' API behind Tasklist) answer 503 in Camunda's error format, and the
 * notification dispatcher (polling every 0.2 s here) logs one line per outage. The PostgreSQL suite's
 * {@code cluster/PostgresRestartedUnderLoadIT} does it with a real server crash. A context of its own (its data source
 * is switched off).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muraciet.notifications.poll-interval=PT0.2S")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDownTest {

    static final String LEYLA = "leyla";

    static final String SUBMISSION = """
            {"serviceCode":"WATER_METER_INSTALLATION","subscriberCode":"10000001","data":{"reason":"NEW_INSTALLATION",\
            "phone":"050 123 45 67","email":"resad.aliyev@example.az","notes":"Baza yoxdur","additionalMeter":false}}""";

    @Autowired MockMvc mvc;
    @Autowired SwitchableDataSource database;
    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void everyRequestIsRefusedAsTemporarilyUnavailableAndServedAgainAfterwards() throws Exception {
        String id = submitted();

        database.down = true;
        for (RequestBuilder request : new RequestBuilder[] { submit(), post("/api/v1/applications/" + id + "/confirm"),
                get("/api/v1/applications/" + id), get("/api/v1/applications"), get("/api/v1/services"),
                get("/api/v1/notifications") }) {
            MockHttpServletResponse answer = mvc.perform(citizen(request)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(503);
            assertThat(answer.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(answer.getHeader("Retry-After")).isEqualTo("60");
            assertThat(answer.getContentAsString())
                    .contains("\"title\":\"Xidmət müvəqqəti əlçatan deyil / The service is temporarily unavailable\"")
                    .doesNotContain("Exception", "SQL", "Hikari");
        }
        assertUnavailablePage(mvc.perform(get("/services")).andReturn().getResponse(), "Xidmət müvəqqəti əlçatan deyil");
        assertUnavailablePage(mvc.perform(get("/services").cookie(new Cookie("muraciet-lang", "en"))).andReturn()
                .getResponse(), "The service is temporarily unavailable");
        assertUnavailablePage(mvc.perform(get("/applications").with(user(DemoCitizens.RASHAD).roles("CITIZEN")))
                .andReturn().getResponse(), "Xidmət müvəqqəti əlçatan deyil");
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(503);
        assertThat(mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getStatus()).isEqualTo(200);

        database.down = false;
        assertThat(mvc.perform(citizen(post("/api/v1/applications/" + id + "/confirm"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        submitted();
        assertThat(mvc.perform(get("/services")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theCamundaApisAnswerTemporarilyUnavailableInCamundasErrorFormat(CapturedOutput output) throws Exception {
        String tasklist = tasklistSession(LEYLA);
        int logFrom = output.getAll().length();

        database.down = true;
        // the engine REST API's HTTP Basic login reads the user: refused before the resource
        assertCamundaUnavailable(engineRest("/engine-rest/task"));
        assertCamundaUnavailable(engineRest("/engine-rest/process-definition?latestVersion=true"));
        // Tasklist's calls with its session: refused by the resource (no transaction)
        assertCamundaUnavailable(webapp("/camunda/api/engine/engine/default/task?maxResults=15", tasklist));
        assertCamundaUnavailable(webapp("/camunda/api/engine/engine/default/filter?resourceType=Task", tasklist));

        database.down = false;
        String whileDown = output.getAll().substring(logFrom);
        assertThat(whileDown).contains("Camunda API request /engine-rest/task refused, database unavailable: "
                + "SQLTransientConnectionException: HikariPool-1 - Connection is not available")
                .contains("Camunda API request /camunda/api/engine/engine/default/task refused, database unavailable: ")
                .doesNotContain("ENGINE-REST-HTTP500", "Servlet.service()", "\tat ");

        logFrom = output.getAll().length();
        database.brokenOn = "ACT_RU_TASK";
        // the login succeeds, then the connection breaks under the task query (the engine's own exception)
        assertCamundaUnavailable(engineRest("/engine-rest/task"));
        assertCamundaUnavailable(webapp("/camunda/api/engine/engine/default/task?maxResults=15", tasklist));
        assertCamundaUnavailable(engineRest("/engine-rest/task/count"));
        // the engine logs the broken command itself (ENGINE-16004, with its stack trace); the answer logs no other
        assertThat(output.getAll().substring(logFrom)).contains("Camunda API request /engine-rest/task/count refused, "
                + "database unavailable: SQLNonTransientConnectionException: An I/O error occurred while sending to the "
                + "backend.").doesNotContain("ENGINE-REST-HTTP500", "Servlet.service()");

        database.brokenOn = null;
        HttpResponse<String> tasks = engineRest("/engine-rest/task");
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(tasks.body()).startsWith("[");
        assertThat(webapp("/camunda/api/engine/engine/default/task?maxResults=15", tasklist).statusCode()).isEqualTo(200);
        // other failures are still Camunda's own answers
        HttpResponse<String> unknown = engineRest("/engine-rest/task/no-such-task");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"type\":\"InvalidRequestException\"");
    }

    @Test
    void theNotificationDispatcherLogsOneLinePerOutage(CapturedOutput output) throws Exception {
        for (int outage = 1; outage <= 2; outage++) {
            int logFrom = output.getAll().length();
            long refused = database.refused.get();
            database.down = true;
            // every poll of the dispatcher (each 0.2 s here) asks for a connection and is refused
            awaitTrue(() -> database.refused.get() >= refused + 6);
            database.down = false;
            awaitTrue(() -> output.getAll().substring(logFrom).contains("Notification dispatch resumed"));

            List<String> lines = output.getAll().substring(logFrom).lines().toList();
            assertThat(lines).filteredOn(line -> line.contains("Notification dispatch paused")).singleElement(STRING)
                    .contains(" WARN ").endsWith("Notification dispatch paused, database unavailable: "
                            + "SQLTransientConnectionException: HikariPool-1 - Connection is not available, request "
                            + "timed out after 3000ms (total=0, active=0, idle=0, waiting=0)");
            assertThat(lines).filteredOn(line -> line.contains("Notification dispatch resumed")).singleElement(STRING)
                    .contains(" INFO ").endsWith("Notification dispatch resumed, database reachable again");
            assertThat(lines).filteredOn(line -> line.contains("NotificationDispatcher")).hasSize(2);
            assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.contains("scheduled task"));
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(until);
            Thread.sleep(50);
        }
    }

    private static void assertCamundaUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(answer.headers().firstValue("Content-Type")).get(STRING).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"type\":\"ServiceUnavailable\",\"message\":\"Xidmət müvəqqəti əlçatan deyil")
                .contains("The service is temporarily unavailable").doesNotContain("Exception", "SQL", "Hikari", "\tat ");
    }

    private HttpResponse<String> engineRest(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((LEYLA + ":demo").getBytes(
                        StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> webapp(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in to Tasklist as its login page does (see process/DocumentsForEmployeesTest); returns the session id. */
    private String tasklistSession(String user) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String token = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String renewed = cookie(login, "JSESSIONID");
        return renewed != null ? renewed : session;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((a, b) -> b).orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String submitted() throws Exception {
        MockHttpServletResponse answer = mvc.perform(citizen(submit())).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.getContentAsString());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static RequestBuilder submit() {
        return post("/api/v1/applications").contentType(MediaType.APPLICATION_JSON).content(SUBMISSION);
    }

    private static RequestBuilder citizen(RequestBuilder request) {
        return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .with(httpBasic(DemoCitizens.RASHAD, DemoCitizens.PASSWORD));
    }

    private static void assertUnavailablePage(MockHttpServletResponse answer, String title) throws Exception {
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getContentType()).startsWith("text/html");
        assertThat(answer.getHeader("Retry-After")).isEqualTo("60");
        assertThat(Jsoup.parse(answer.getContentAsString()).selectFirst("h1").text()).isEqualTo(title);
        assertThat(answer.getContentAsString()).doesNotContain("Exception", "SQL", "Hikari");
    }

    @AfterEach
    void up() {
        database.down = false;
        database.brokenOn = null;
    }

    /**
     * The application's data source, which can be made to answer as a pool without a database does, or to hand out
     * connections that break (as pgjdbc's do when the server goes away) when a statement names a given table.
     */
    static class SwitchableDataSource extends DelegatingDataSource {

        volatile boolean down;
        volatile String brokenOn;
        final AtomicLong refused = new AtomicLong();

        SwitchableDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                refused.incrementAndGet();
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms (total=0, active=0, idle=0, waiting=0)",
                        "08001");
            }
            Connection connection = super.getConnection();
            return brokenOn == null ? connection : breakingOn(connection, brokenOn);
        }

        private static Connection breakingOn(Connection connection, String table) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
                                && sql.toUpperCase(Locale.ROOT).contains(table)) {
                            throw new SQLNonTransientConnectionException(
                                    "An I/O error occurred while sending to the backend.", "08006");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @TestConfiguration
    static class Switch {

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return "dataSource".equals(name) ? new SwitchableDataSource((DataSource) bean) : bean;
                }
            };
        }
    }
}
