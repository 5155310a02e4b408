package az.muraciet.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached now — down, restarting, or no connection from the pool within
 * its time-out — rather than a fault of the request or the code. Such a request is answered "temporarily unavailable"
 * (503 with {@code Retry-After}), never as an internal error: the citizen may simply try again. The exception may come
 * wrapped in anything (the engine's {@code ProcessEngineException}, MyBatis, JPA), so the whole cause chain is read.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again: a database restart or fail-over takes about that. */
    public static final String RETRY_AFTER_SECONDS = "60";

    private static final int DEEPEST_CAUSE = 20;
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++) {
            if (meansNoConnection(cause)) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    /** The root cause's class and message, for a log line without a stack trace (connection errors carry no PII). */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < DEEPEST_CAUSE; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean meansNoConnection(Throwable cause) {
        return cause instanceof CannotCreateTransactionException
                // includes CannotGetJdbcConnectionException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof JDBCConnectionException
                // the pool's "Connection is not available, request timed out"
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByThePool(sql));
    }

    /**
     * The pool closes a connection it found broken (a connection error mid-transaction); the rollback that follows
     * then fails on it with this exception, without an SQLSTATE, and replaces the original failure.
     */
    private static boolean isClosedByThePool(SQLException e) {
        return e.getSQLState() == null && HIKARI_CLOSED_CONNECTION.equals(e.getMessage());
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, I/O error) and 57P0x (the server shutting down,
     * crashed, starting up: "the database system is starting up").
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
