package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import az.muraciet.catalogue.Utility;

/**
 * Azərsu subscribers made for one test each, so that the readings a test records never meet another test's: a new
 * code of the citizen in the registry (not linked to the profile), with or without an active meter and its history.
 */
@Component
public class MeteredSubscribers {

    private static final AtomicInteger NEXT_CODE = new AtomicInteger(40000000);

    private final Subscribers subscribers;
    private final MeterReadings readings;
    private final Clock clock;

    MeteredSubscribers(Subscribers subscribers, MeterReadings readings, Clock clock) {
        this.subscribers = subscribers;
        this.readings = readings;
        this.clock = clock;
    }

    /**
     * A subscriber whose meter was read on the first day of each of the last {@code months} months and this month,
     * {@code monthly} m³ apart, the last reading being {@code last} on the first day of this month: the average is
     * {@code monthly} a month, and a reading given this month counts as a month after the last one.
     */
    public Subscriber withHistory(String fin, String district, String last, String monthly, int months) {
        Subscriber subscriber = withMeter(fin, district);
        LocalDate firstOfThisMonth = YearMonth.now(clock).atDay(1);
        List<MeterReading> history = new ArrayList<>();
        for (int back = months; back >= 0; back--) {
            BigDecimal value = new BigDecimal(last).subtract(new BigDecimal(monthly).multiply(BigDecimal.valueOf(back)));
            history.add(new MeterReading(subscriber.code(), subscriber.meterSerial(), value,
                    firstOfThisMonth.minusMonths(back), MeterReading.Source.BILLING, null, Instant.now(clock)));
        }
        readings.saveAll(history);
        return subscriber;
    }

    /** A subscriber with an active meter that has no reading yet. */
    public Subscriber withMeter(String fin, String district) {
        Subscriber subscriber = withoutMeter(fin, district);
        subscriber.registerMeter("AZ-T-" + subscriber.code(), Instant.now(clock));
        return subscribers.saveAndFlush(subscriber);
    }

    /** A subscriber without a meter. */
    public Subscriber withoutMeter(String fin, String district) {
        String code = String.valueOf(NEXT_CODE.incrementAndGet());
        return subscribers.saveAndFlush(new Subscriber(code, Utility.AZERSU, fin, "Test Abonent " + code,
                "Bakı, " + district + " r., Sınaq küç. " + code.substring(5), district));
    }

    /** The meter's readings, oldest first. */
    public List<MeterReading> readingsOf(Subscriber subscriber) {
        return readings.findBySubscriberCodeAndMeterSerialOrderByReadOnAscIdAsc(subscriber.code(),
                subscriber.meterSerial());
    }
}
