package az.muraciet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
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
 * and readiness is DOWN while liveness stays UP; afterwards the same context serves again. The PostgreSQL suite's
 * {@code cluster/PostgresRestartedUnderLoadIT} does it with a real server crash. A context of its own (its data source
 * is switched off).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseDownTest {

    static final String SUBMISSION = """
            {"serviceCode":"WATER_METER_INSTALLATION","subscriberCode":"10000001","data":{"reason":"NEW_INSTALLATION",\
            "phone":"050 123 45 67","email":"resad.aliyev@example.az","notes":"Baza yoxdur","additionalMeter":false}}""";

    @Autowired MockMvc mvc;
    @Autowired SwitchableDataSource database;

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
    }

    /** The application's data source, which can be made to answer as a pool without a database does. */
    static class SwitchableDataSource extends DelegatingDataSource {

        volatile boolean down;

        SwitchableDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms (total=0, active=0, idle=0, waiting=0)",
                        "08001");
            }
            return super.getConnection();
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
