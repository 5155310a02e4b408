package az.muraciet.identity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A subscriber code a citizen linked to their profile. */
@Entity
@Table(name = "citizen_subscriber")
class SubscriberLink {

    @EmbeddedId
    private Key key;
    private Instant linkedAt;

    protected SubscriberLink() {
    }

    SubscriberLink(String fin, String subscriberCode, Instant linkedAt) {
        this.key = new Key(fin, subscriberCode);
        this.linkedAt = linkedAt;
    }

    String subscriberCode() {
        return key.subscriberCode;
    }

    @Embeddable
    record Key(String fin, String subscriberCode) implements Serializable {
    }
}
