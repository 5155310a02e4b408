package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.shared.NotFoundException;

/** Records in the registry that a subscriber now has an active meter (installed, or an existing one accepted). */
@Service
public class MeterRegistration {

    private final Subscribers subscribers;
    private final MeterReadingHistory readings;
    private final Clock clock;

    MeterRegistration(Subscribers subscribers, MeterReadingHistory readings, Clock clock) {
        this.subscribers = subscribers;
        this.readings = readings;
        this.clock = clock;
    }

    @Transactional
    public void registerMeter(String subscriberCode, String meterSerial) {
        Subscriber subscriber = subscribers.findById(subscriberCode)
                .orElseThrow(() -> new NotFoundException("Unknown subscriber " + subscriberCode));
        subscriber.registerMeter(meterSerial, clock.instant());
    }

    /**
     * Registers the meter with its initial reading, the first of its history (what the first reading the citizen
     * submits is compared with).
     *
     * @param applicationId the case that installed or registered it
     */
    @Transactional
    public void registerMeter(String subscriberCode, String meterSerial, BigDecimal initialReading, LocalDate readOn,
            String applicationId) {
        registerMeter(subscriberCode, meterSerial);
        readings.record(subscriberCode, initialReading, readOn, MeterReading.Source.INSTALLATION, applicationId);
    }
}
