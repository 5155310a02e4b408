package az.muraciet.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The application's clock in tests that need time to pass: it moves only when told. */
final class MutableClock extends Clock {

    /** Whole milliseconds: the database keeps microseconds, so nothing is rounded on the way there and back. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    private final ZoneId zone = ZoneId.of("Asia/Baku");

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("One zone: Asia/Baku");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
