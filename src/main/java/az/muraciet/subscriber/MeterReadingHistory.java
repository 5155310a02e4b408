package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.shared.NotFoundException;

/**
 * The reading history of subscribers' meters: what a new reading is compared with (the last reading, the average
 * monthly consumption), and the recording of a reading once it is accepted. The same for water (m³) and electricity
 * (kWh): nothing here knows the unit.
 */
@Service
public class MeterReadingHistory {

    /** How far back the average monthly consumption looks from the last reading. */
    static final int AVERAGE_OVER_MONTHS = 12;

    private final Subscribers subscribers;
    private final MeterReadings readings;
    private final Clock clock;

    MeterReadingHistory(Subscribers subscribers, MeterReadings readings, Clock clock) {
        this.subscribers = subscribers;
        this.readings = readings;
        this.clock = clock;
    }

    /**
     * What a reading given on {@code asOf} for the subscriber's active meter is compared with.
     *
     * @throws NotFoundException when there is no such subscriber
     * @throws IllegalStateException when the subscriber has no active meter
     */
    @Transactional(readOnly = true)
    public ReadingFacts facts(String subscriberCode, LocalDate asOf) {
        String meter = activeMeterOf(subscribers.findById(subscriberCode)
                .orElseThrow(() -> new NotFoundException("Unknown subscriber " + subscriberCode)));
        List<MeterReading> history = readings.findBySubscriberCodeAndMeterSerialOrderByReadOnAscIdAsc(subscriberCode, meter);
        if (history.isEmpty()) {
            return new ReadingFacts(meter, null, null, null);
        }
        MeterReading last = history.get(history.size() - 1);
        BigDecimal months = monthsBetween(last.readOn(), asOf);
        return new ReadingFacts(meter, last, averageMonthlyConsumption(history, last),
                months.signum() < 0 ? BigDecimal.ZERO.setScale(2) : months);
    }

    /**
     * Records an accepted reading of the subscriber's active meter. Safe to call twice: a case records one reading
     * (calling again returns it), and the same value of a meter on the same day is recorded once (a reading submitted
     * twice returns the one already there).
     *
     * @param applicationId the case that gave the reading, or {@code null}
     * @throws IllegalStateException when the subscriber has no active meter
     */
    @Transactional
    public MeterReading record(String subscriberCode, BigDecimal value, LocalDate readOn, MeterReading.Source source,
            String applicationId) {
        // one reading of a subscriber at a time, so two submissions of the same reading cannot both record it
        Subscriber subscriber = subscribers.lockByCode(subscriberCode)
                .orElseThrow(() -> new NotFoundException("Unknown subscriber " + subscriberCode));
        if (applicationId != null) {
            Optional<MeterReading> ofCase = readings.findByApplicationId(applicationId);
            if (ofCase.isPresent()) {
                return ofCase.get();
            }
        }
        String meter = activeMeterOf(subscriber);
        MeterReading reading = new MeterReading(subscriberCode, meter, value, readOn, source, applicationId,
                clock.instant());
        return readings.findBySubscriberCodeAndMeterSerialAndReadOnAndReadingValue(subscriberCode, meter, readOn,
                reading.value()).orElseGet(() -> readings.save(reading));
    }

    /**
     * The consumption per month over the last {@value #AVERAGE_OVER_MONTHS} months of readings (from the earliest
     * reading in that span to the last one), or {@code null} when they span less than a month or go backwards.
     */
    private static BigDecimal averageMonthlyConsumption(List<MeterReading> history, MeterReading last) {
        LocalDate from = last.readOn().minusMonths(AVERAGE_OVER_MONTHS);
        MeterReading first = history.stream().filter(r -> !r.readOn().isBefore(from)).findFirst().orElse(last);
        BigDecimal months = monthsBetween(first.readOn(), last.readOn());
        BigDecimal consumed = last.value().subtract(first.value());
        if (months.compareTo(BigDecimal.ONE) < 0 || consumed.signum() < 0) {
            return null;
        }
        return consumed.divide(months, MeterReading.SCALE, RoundingMode.HALF_UP);
    }

    /** Whole calendar months between the days, and the rest as a share of the month it falls in; two decimals. */
    static BigDecimal monthsBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return monthsBetween(to, from).negate();
        }
        long whole = ChronoUnit.MONTHS.between(from, to);
        LocalDate anchor = from.plusMonths(whole);
        BigDecimal rest = BigDecimal.valueOf(ChronoUnit.DAYS.between(anchor, to))
                .divide(BigDecimal.valueOf(anchor.lengthOfMonth()), 2, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(whole).add(rest).setScale(2, RoundingMode.HALF_UP);
    }

    private static String activeMeterOf(Subscriber subscriber) {
        if (!subscriber.hasActiveMeter()) {
            throw new IllegalStateException("Subscriber " + subscriber.code() + " has no active meter");
        }
        return subscriber.meterSerial();
    }

    /**
     * What a new reading of a meter is compared with.
     *
     * @param last the meter's last reading, or {@code null} when it has none
     * @param averageMonthlyConsumption over the last year of readings, or {@code null} when they do not tell
     * @param monthsSinceLastReading from the last reading to the new one, or {@code null} without a last reading
     */
    public record ReadingFacts(String meterSerial, MeterReading last, BigDecimal averageMonthlyConsumption,
            BigDecimal monthsSinceLastReading) {

        /** The consumption since the last reading (negative when the reading is lower), if there is a last reading. */
        public Optional<BigDecimal> consumptionSince(BigDecimal reading) {
            return Optional.ofNullable(last).map(l -> reading.subtract(l.value()));
        }
    }
}
