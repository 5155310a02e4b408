package az.muraciet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;

/**
 * The {@code postgres} profile's connections give up on a server that stops answering: pgjdbc got the profile's
 * {@code socketTimeout} (60 s), and a read that outlasts the socket time-out fails as a broken connection, which
 * {@link DatabaseUnavailable} counts as "database unavailable" (503) — shown with a 1 s time-out on one connection
 * and a query that sleeps, as a hung server would. Runs with {@code ./mvnw -Ppostgres verify}, in a database of its own.
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({ "postgres", "demo" })
class DatabaseSocketTimeoutPostgresTest {

    static final String DATABASE = "muraciet_it_socket_timeout";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh(DATABASE, registry);
    }

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theApplicationsConnectionsWaitForAnAnswerAtMostTheSocketTimeout() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getNetworkTimeout()).isEqualTo(60_000);
        }
    }

    @Test
    void aServerThatStopsAnsweringBreaksTheConnectionAsUnavailable() throws Exception {
        ExecutorService timeouts = Executors.newSingleThreadExecutor();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setNetworkTimeout(timeouts, 1000);
            long started = System.nanoTime();
            SQLException hung = catchThrowableOfType(SQLException.class, () -> sql.execute("select pg_sleep(5)"));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(hung.getSQLState()).as(hung.toString()).isEqualTo("08006");
            assertThat(DatabaseUnavailable.isCauseOf(hung)).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(4));
        } finally {
            timeouts.shutdown();
        }
        // the pool dropped the broken connection; the next one works
        assertThat(jdbc.queryForObject("select 1", Integer.class)).isOne();
    }
}
