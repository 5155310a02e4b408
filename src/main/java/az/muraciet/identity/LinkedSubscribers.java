package az.muraciet.identity;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.catalogue.Utility;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;

/**
 * The subscriber codes on a citizen's profile (the portal's "abonent kodları"): a code is linked only when the
 * subscriber registry says it belongs to this citizen.
 */
@Service
public class LinkedSubscribers {

    private final SubscriberLinks links;
    private final Subscribers registry;
    private final CitizenAccounts citizens;
    private final Clock clock;

    LinkedSubscribers(SubscriberLinks links, Subscribers registry, CitizenAccounts citizens, Clock clock) {
        this.links = links;
        this.registry = registry;
        this.citizens = citizens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Subscriber> of(String fin) {
        return registry.findAllById(links.codesOf(fin)).stream()
                .sorted(Comparator.comparing(Subscriber::code)).toList();
    }

    @Transactional(readOnly = true)
    public List<Subscriber> of(String fin, Utility utility) {
        return of(fin).stream().filter(s -> s.utility() == utility).toList();
    }

    /** The registry's record of a code, if it is this citizen's (linked or not); otherwise nothing, as if unknown. */
    @Transactional(readOnly = true)
    public Optional<Subscriber> ownedBy(String fin, String code) {
        return code == null ? Optional.empty()
                : registry.findById(code.strip()).filter(s -> s.ownerFin().equals(fin));
    }

    /** @throws NotFoundException when the code is unknown or someone else's (the same answer for both) */
    @Transactional
    public Subscriber link(String fin, String code) {
        Subscriber subscriber = ownedBy(fin, code).orElseThrow(() -> new NotFoundException(
                "Bu abonent kodu sizin adınıza qeydiyyatda deyil / This subscriber code is not registered to you"));
        if (!links.existsById(new SubscriberLink.Key(fin, subscriber.code()))) {
            links.save(new SubscriberLink(fin, subscriber.code(), clock.instant()));
        }
        return subscriber;
    }

    /**
     * Links a code the registry has just given the citizen (a new subscriber), when the citizen has an account on the
     * portal; a citizen without one links it at first login like any other code.
     *
     * @return whether the code is now linked
     */
    @Transactional
    public boolean linkIfCitizen(String fin, String code) {
        if (fin == null || !citizens.existsById(fin)) {
            return false;
        }
        link(fin, code);
        return true;
    }
}
