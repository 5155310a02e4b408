package az.muraciet.shared;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;

/**
 * How a task that runs on a schedule (a poller) logs a database outage: one warning line without a stack trace when its
 * first round fails for the database ({@link DatabaseUnavailable}), nothing above DEBUG while the outage lasts, and
 * one line when a round succeeds again. A poller every few seconds would otherwise write a stack trace per round; the
 * readiness probe and the API's 503s tell the outage already. Any other failure is thrown as before.
 */
public final class DatabaseOutageLog {

    private final Logger log;
    private final String task;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    /** @param task what the poller does, as the log line's subject ("Notification dispatch") */
    public DatabaseOutageLog(Logger log, String task) {
        this.log = log;
        this.task = task;
    }

    /** Runs one round of the task. */
    public void run(Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            if (unavailable.compareAndSet(false, true)) {
                log.warn("{} paused, database unavailable: {}", task, DatabaseUnavailable.describe(e));
            } else {
                log.debug("{} still paused, database unavailable: {}", task, DatabaseUnavailable.describe(e));
            }
            return;
        }
        if (unavailable.compareAndSet(true, false)) {
            log.info("{} resumed, database reachable again", task);
        }
    }
}
