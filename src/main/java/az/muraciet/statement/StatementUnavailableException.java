package az.muraciet.statement;

/**
 * The billing data could not be read (database unreachable, a table missing, a query timed out): the statement is
 * refused as a whole, never shown in part. The regulation's "temporary interruption" (3.3.1).
 */
public class StatementUnavailableException extends RuntimeException {

    StatementUnavailableException(Throwable cause) {
        super("Billing data unavailable: " + cause.getClass().getSimpleName(), cause);
    }
}
