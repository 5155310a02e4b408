package az.muraciet.bench;

import java.time.Duration;

/** Waiting for what the engine's job executor does in the background, asking at the same interval for app and engine. */
final class Polling {

    interface Condition {
        boolean holds() throws Exception;
    }

    private final Duration interval;
    private final Duration limit;

    Polling(Duration interval, Duration limit) {
        this.interval = interval;
        this.limit = limit;
    }

    void until(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + limit + ": " + what);
            }
            Thread.sleep(interval.toMillis());
        }
    }
}
