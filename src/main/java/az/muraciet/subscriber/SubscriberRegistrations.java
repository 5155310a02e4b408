package az.muraciet.subscriber;

import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.catalogue.Utility;

/**
 * Registers new subscribers in the registry under a new code of the utility's series ({@code subscriber_code_series}):
 * the series row is incremented in the caller's transaction, so registrations at once queue on it, each gets its own
 * code, and a rolled-back registration gives its code back. A code already in the registry is skipped.
 */
@Service
public class SubscriberRegistrations {

    private static final int MAX_SKIPPED = 1000;

    private final Subscribers subscribers;
    private final JdbcTemplate jdbc;

    SubscriberRegistrations(Subscribers subscribers, JdbcTemplate jdbc) {
        this.subscribers = subscribers;
        this.jdbc = jdbc;
    }

    /**
     * @param newSubscriber who, where and what the subscriber is provided with
     * @return the subscriber as registered, with its new code
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Subscriber register(NewSubscriber newSubscriber) {
        Objects.requireNonNull(newSubscriber);
        String code = nextFreeCode(newSubscriber.utility());
        Subscriber subscriber = new Subscriber(code, newSubscriber.utility(), newSubscriber.group(),
                newSubscriber.ownerFin(), newSubscriber.fullName(), newSubscriber.address(), newSubscriber.district());
        if (newSubscriber.personsServed() != null && newSubscriber.serviceType() != null) {
            subscriber.describeService(newSubscriber.personsServed(), newSubscriber.serviceType(), null);
        }
        return subscribers.saveAndFlush(subscriber);
    }

    private String nextFreeCode(Utility utility) {
        for (int skipped = 0; skipped < MAX_SKIPPED; skipped++) {
            if (jdbc.update("update subscriber_code_series set last_value = last_value + 1 where utility = ?",
                    utility.name()) == 0) {
                throw new IllegalStateException("No subscriber code series for " + utility
                        + "; add a row to subscriber_code_series");
            }
            String code = String.valueOf(jdbc.queryForObject(
                    "select last_value from subscriber_code_series where utility = ?", Long.class, utility.name()));
            if (!subscribers.existsById(code)) {
                return code;
            }
        }
        throw new IllegalStateException("The subscriber code series of " + utility + " runs into taken codes");
    }

    /**
     * A subscriber to register.
     *
     * @param personsServed the persons living there (served by the norm), or null when not known
     * @param serviceType water supply and/or sewerage, or null when not known
     */
    public record NewSubscriber(Utility utility, SubscriberGroup group, String ownerFin, String fullName, String address,
            String district, Integer personsServed, ServiceType serviceType) {
    }
}
