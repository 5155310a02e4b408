package az.muraciet.subscriber;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.shared.NotFoundException;

/** Records in the registry that a subscriber now has an active meter (installed, or an existing one accepted). */
@Service
public class MeterRegistration {

    private final Subscribers subscribers;
    private final Clock clock;

    MeterRegistration(Subscribers subscribers, Clock clock) {
        this.subscribers = subscribers;
        this.clock = clock;
    }

    @Transactional
    public void registerMeter(String subscriberCode, String meterSerial) {
        Subscriber subscriber = subscribers.findById(subscriberCode)
                .orElseThrow(() -> new NotFoundException("Unknown subscriber " + subscriberCode));
        subscriber.registerMeter(meterSerial, clock.instant());
    }
}
