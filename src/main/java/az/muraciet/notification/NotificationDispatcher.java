package az.muraciet.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import az.muraciet.shared.DatabaseOutageLog;

/**
 * Delivers what the outbox holds, outside any case transaction, so a slow or failing gateway never holds up a case.
 * Each node claims a message with one conditional update before sending it, so two nodes never send the same
 * message; a claim is a lease, so a message whose node died while sending is picked up again once it expires.
 * Failures are retried with growing delays; after the last attempt the message is FAILED and an operator retries
 * it by hand. While the database is down a round fails and is logged once per outage ({@link DatabaseOutageLog}).
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final MessageSenders senders;
    private final NotificationProperties properties;
    private final Clock clock;
    private final DatabaseOutageLog outage = new DatabaseOutageLog(log, "Notification dispatch");

    NotificationDispatcher(JdbcTemplate jdbc, Notifications notifications, MessageSenders senders,
            NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.senders = senders;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${muraciet.notifications.poll-interval:PT5S}")
    void dispatchDue() {
        outage.run(() -> {
            int sent;
            do {
                sent = dispatchBatch();
            } while (sent == properties.batchSize());
        });
    }

    /** @return how many messages this call claimed */
    int dispatchBatch() {
        Instant now = clock.instant();
        List<Long> due = jdbc.queryForList("""
                select id from notification where state in ('PENDING', 'SENDING') and next_attempt_at <= ?
                order by next_attempt_at, id limit ?""", Long.class, at(now), properties.batchSize());
        int claimed = 0;
        for (Long id : due) {
            if (claim(id, now)) {
                claimed++;
                deliver(notifications.findById(id).orElseThrow());
            }
        }
        return claimed;
    }

    private boolean claim(Long id, Instant now) {
        return jdbc.update("""
                update notification set state = 'SENDING', attempts = attempts + 1, next_attempt_at = ?
                where id = ? and state in ('PENDING', 'SENDING') and next_attempt_at <= ?""",
                at(now.plus(properties.lease())), id, at(now)) == 1;
    }

    private void deliver(Notification message) {
        try {
            String providerId = senders.send(message);
            jdbc.update("""
                    update notification set state = 'SENT', sent_at = ?, provider_message_id = ?, last_error = null
                    where id = ? and state = 'SENDING'""", at(clock.instant()), providerId, message.id());
        } catch (RuntimeException e) {
            failed(message, e);
        }
    }

    private void failed(Notification message, RuntimeException e) {
        String error = (e.getClass().getSimpleName() + ": " + e.getMessage());
        error = error.length() > 1000 ? error.substring(0, 1000) : error;
        int attempts = message.attempts();
        if (attempts >= properties.maxAttempts()) {
            log.error("Giving up notification {} ({} {} of case {}) after {} attempts: {}", message.id(), message.channel(),
                    message.caseStatus(), message.applicationId(), attempts, error);
            jdbc.update("update notification set state = 'FAILED', last_error = ? where id = ? and state = 'SENDING'",
                    error, message.id());
        } else {
            Instant retryAt = clock.instant().plus(properties.retryDelayAfter(attempts));
            log.warn("Notification {} ({}) failed, attempt {} of {}, retrying at {}: {}", message.id(), message.channel(),
                    attempts, properties.maxAttempts(), retryAt, error);
            jdbc.update("""
                    update notification set state = 'PENDING', next_attempt_at = ?, last_error = ?
                    where id = ? and state = 'SENDING'""", at(retryAt), error, message.id());
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** An operator's retry of a FAILED message: it is due again now, with a fresh round of attempts. */
    boolean retry(Long id) {
        return jdbc.update("""
                update notification set state = 'PENDING', attempts = 0, next_attempt_at = ?
                where id = ? and state = 'FAILED'""", at(clock.instant()), id) == 1;
    }
}
