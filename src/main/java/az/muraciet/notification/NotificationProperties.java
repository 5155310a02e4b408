package az.muraciet.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the dispatcher delivers: {@code muraciet.notifications.*}. A failed delivery is retried after
 * {@code first-retry-delay}, doubling up to {@code max-retry-delay}, until {@code max-attempts}; then it is FAILED and
 * waits for an operator.
 */
@ConfigurationProperties(prefix = "muraciet.notifications")
public record NotificationProperties(Duration pollInterval, int maxAttempts, Duration firstRetryDelay,
        Duration maxRetryDelay, Duration lease, int batchSize, String mailFrom) {

    public NotificationProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        firstRetryDelay = firstRetryDelay == null ? Duration.ofSeconds(30) : firstRetryDelay;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        batchSize = batchSize <= 0 ? 50 : batchSize;
        mailFrom = mailFrom == null ? "no-reply@muraciet.az" : mailFrom;
    }

    Duration retryDelayAfter(int attempts) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
