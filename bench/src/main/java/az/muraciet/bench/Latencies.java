package az.muraciet.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response times by name (submit, confirm, status lookup...), in microseconds, recorded from many client threads. */
final class Latencies {

    private final Map<String, Histogram> byName = new ConcurrentHashMap<>();
    private volatile boolean recording = true;

    void record(String name, long startNanos) {
        if (recording) {
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos);
            byName.computeIfAbsent(name, n -> new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3)).recordValue(micros);
        }
    }

    /** Stops recording: requests of cases still running after the measured window are not counted. */
    void stop() {
        recording = false;
    }

    Histogram of(String name) {
        return byName.getOrDefault(name, new Histogram(3));
    }

    /** The percentile in milliseconds, e.g. {@code 99.0}. */
    double millis(String name, double percentile) {
        Histogram histogram = of(name);
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    long count(String name) {
        return of(name).getTotalCount();
    }
}
