package az.muraciet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Which failures mean "the database cannot be reached now", on exceptions thrown for real: a pool whose server does
 * not answer (nothing listens on its port), a connection the pool has closed, and genuine errors of a working database
 * (H2), which must stay internal errors.
 */
class DatabaseUnavailableTest {

    final HikariDataSource nobodyListening = pool("jdbc:postgresql://127.0.0.1:" + closedPort() + "/muraciet", 250);
    final HikariDataSource working = pool("jdbc:h2:mem:database-unavailable-test;DB_CLOSE_DELAY=-1", 30_000);

    @Test
    void noConnectionWithinThePoolsTimeOut() {
        Throwable fromThePool = catchThrowable(nobodyListening::getConnection);
        Throwable fromJdbcTemplate = catchThrowable(() -> new JdbcTemplate(nobodyListening).queryForList("select 1"));
        Throwable fromATransaction = catchThrowable(() -> new TransactionTemplate(
                new DataSourceTransactionManager(nobodyListening)).executeWithoutResult(status -> { }));

        assertThat(fromThePool).hasMessageContaining("request timed out");
        assertThat(fromJdbcTemplate.getClass().getSimpleName()).isEqualTo("CannotGetJdbcConnectionException");
        assertThat(fromATransaction.getClass().getSimpleName()).isEqualTo("CannotCreateTransactionException");
        assertThat(fromThePool).matches(DatabaseUnavailable::isCauseOf);
        assertThat(fromJdbcTemplate).matches(DatabaseUnavailable::isCauseOf);
        assertThat(fromATransaction).matches(DatabaseUnavailable::isCauseOf);
        assertThat(new IllegalStateException("wrapped by the engine", fromATransaction)).matches(DatabaseUnavailable::isCauseOf);
        assertThat(DatabaseUnavailable.describe(fromJdbcTemplate)).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedHidesTheOriginalFailure() throws Exception {
        Connection connection = working.getConnection();
        connection.close();

        Throwable rollback = catchThrowable(connection::rollback);

        assertThat(rollback).hasMessage("Connection is closed").matches(DatabaseUnavailable::isCauseOf);
    }

    @Test
    void errorsOfAWorkingDatabaseAreNotUnavailability() {
        JdbcTemplate jdbc = new JdbcTemplate(working);
        jdbc.execute("create table if not exists once (id int primary key)");
        jdbc.update("merge into once key (id) values (1)");

        Throwable duplicate = catchThrowable(() -> jdbc.update("insert into once (id) values (1)"));
        Throwable grammar = catchThrowable(() -> jdbc.queryForList("select nothing from nowhere"));

        assertThat(duplicate.getClass().getSimpleName()).isEqualTo("DuplicateKeyException");
        assertThat(duplicate).matches(e -> !DatabaseUnavailable.isCauseOf(e));
        assertThat(grammar).matches(e -> !DatabaseUnavailable.isCauseOf(e));
        assertThat(new IllegalStateException("a bug")).matches(e -> !DatabaseUnavailable.isCauseOf(e));
    }

    private static HikariDataSource pool(String url, long connectionTimeoutMillis) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(url.contains("h2") ? "sa" : "postgres");
        pool.setConnectionTimeout(connectionTimeoutMillis);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void close() {
        nobodyListening.close();
        working.close();
    }
}
