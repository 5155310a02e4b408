package az.muraciet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.PostgresTestDatabase;
import az.muraciet.security.DemoCitizens;

/**
 * Billing that hangs, on a real PostgreSQL: another session holds {@code LOCK TABLE invoice IN ACCESS EXCLUSIVE MODE},
 * so the statement's read waits; its time limit cancels the query and the citizen gets the 503 page within seconds,
 * not a page that never comes. Runs with {@code ./mvnw -Ppostgres verify}, in a database of its own.
 */
@Tag("postgres")
@SpringBootTest(properties = "muraciet.statements.billing-timeout=PT2S")
@AutoConfigureMockMvc
@ActiveProfiles({ "postgres", "demo" })
class StatementTimeoutPostgresTest {

    static final String DATABASE = "muraciet_it_statements";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh(DATABASE, registry);
    }

    @Autowired MockMvc mvc;

    @Test
    void aLockedInvoiceTableMakesTheStatementAnswer503WithinItsTimeLimit() throws Exception {
        assertThat(statement().getStatus()).isEqualTo(200);

        try (Connection other = PostgresTestDatabase.connect(DATABASE);
                Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            sql.execute("lock table invoice in access exclusive mode");

            long started = System.nanoTime();
            MockHttpServletResponse refused = statement();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(refused.getStatus()).isEqualTo(503);
            assertThat(took).as("waited for the lock, then cancelled by the 2-second limit")
                    .isBetween(Duration.ofMillis(1500), Duration.ofSeconds(8));
            Document page = Jsoup.parse(refused.getContentAsString());
            assertThat(page.selectFirst(".notice").text())
                    .isEqualTo("Xidmət müvəqqəti əlçatan deyil, bir az sonra yenidən cəhd edin.");
            assertThat(page.select("table")).isEmpty();
            other.rollback();
        }

        MockHttpServletResponse again = statement();
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(again.getContentAsString()).select("table tbody tr")).hasSize(12);
    }

    private MockHttpServletResponse statement() throws Exception {
        return mvc.perform(get("/statements/10000002").with(user(DemoCitizens.RASHAD).roles("CITIZEN")))
                .andReturn().getResponse();
    }
}
