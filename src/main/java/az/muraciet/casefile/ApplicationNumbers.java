package az.muraciet.casefile;

import java.time.Clock;
import java.time.Year;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out human-readable application numbers such as {@code AS-2026-000123}: one gap-free series per prefix and
 * year. The counter row is incremented in the caller's transaction, so concurrent registrations queue on that row
 * and a rolled-back registration gives its number back.
 */
@Component
class ApplicationNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    ApplicationNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    String next(String prefix) {
        int year = Year.now(clock).getValue();
        if (increment(prefix, year) == 0) {
            createCounter(prefix, year);
            increment(prefix, year);
        }
        long value = jdbc.queryForObject("select last_value from application_number_counter where prefix = ? and counter_year = ?",
                Long.class, prefix, year);
        return "%s-%d-%06d".formatted(prefix, year, value);
    }

    private int increment(String prefix, int year) {
        return jdbc.update("update application_number_counter set last_value = last_value + 1 where prefix = ? and counter_year = ?",
                prefix, year);
    }

    /** In its own transaction, so that losing the race to create the row does not spoil the caller's transaction. */
    private void createCounter(String prefix, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into application_number_counter (prefix, counter_year, last_value) values (?, ?, 0)", prefix, year));
        } catch (DuplicateKeyException alreadyCreatedByAnotherNode) {
            // the other transaction created it; incrementing it is all that is left to do
        }
    }
}
