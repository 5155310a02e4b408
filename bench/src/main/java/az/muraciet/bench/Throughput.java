package az.muraciet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Complete cases per second with a number of concurrent clients, each running one case after another: a warm-up
 * whose cases are not counted, then a measured window in which every case that both started and ended counts.
 */
final class Throughput {

    record Result(String target, int clients, long cases, double seconds, Latencies latencies, long failures) {

        double casesPerSecond() {
            return cases / seconds;
        }
    }

    static Result measure(String target, CaseFlow flow, int clients, Duration warmUp, Duration window) throws Exception {
        Latencies ignored = new Latencies();
        Latencies measured = new Latencies();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong completed = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long windowStart = start + warmUp.toNanos();
        long windowEnd = windowStart + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (running.get()) {
                    long caseStart = System.nanoTime();
                    boolean counted = caseStart >= windowStart;
                    try {
                        flow.runOneCase(counted ? measured : ignored);
                        if (counted && System.nanoTime() <= windowEnd) {
                            completed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println(target + ": a case failed: " + e);
                    }
                    if (System.nanoTime() > windowEnd) {
                        return null;
                    }
                }
                return null;
            }));
        }
        long now;
        while ((now = System.nanoTime()) < windowEnd) {
            Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(windowEnd - now, 1_000_000_000L))));
        }
        measured.stop();
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
        for (Future<?> future : futures) {
            future.get();
        }
        return new Result(target, clients, completed.get(), window.toMillis() / 1000.0, measured, failures.get());
    }

    private Throughput() {
    }
}
