package az.muraciet.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A code sent by SMS, stored only as an HMAC. A challenge for a FIN we do not know (or cannot reach) has no hash:
 * it behaves like any other, limits included, and can never succeed.
 */
@Entity
@Table(name = "one_time_code")
class OneTimeCode {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private CodePurpose purpose;
    private String fin;
    private String target;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int failedAttempts;
    private Instant lastFailedAt;
    private Instant usedAt;
    private Instant replacedAt;

    protected OneTimeCode() {
    }

    OneTimeCode(String id, CodePurpose purpose, String fin, String target, String codeHash, Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.purpose = purpose;
        this.fin = fin;
        this.target = target;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean open() {
        return usedAt == null && replacedAt == null;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void failed(Instant at) {
        failedAttempts++;
        lastFailedAt = at;
    }

    void used(Instant at) {
        usedAt = at;
    }

    void replaced(Instant at) {
        replacedAt = at;
    }

    String id() {
        return id;
    }

    CodePurpose purpose() {
        return purpose;
    }

    String fin() {
        return fin;
    }

    String target() {
        return target;
    }

    String codeHash() {
        return codeHash;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
