package az.muraciet.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link sent to an e-mail address; the token itself is only in the e-mail, here only its SHA-256. */
@Entity
@Table(name = "email_verification")
class EmailVerification {

    @Id
    private String tokenHash;
    private String fin;
    private String email;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant replacedAt;

    protected EmailVerification() {
    }

    EmailVerification(String tokenHash, String fin, String email, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.fin = fin;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && replacedAt == null && now.isBefore(expiresAt);
    }

    void used(Instant at) {
        usedAt = at;
    }

    String fin() {
        return fin;
    }

    String email() {
        return email;
    }
}
