package az.muraciet.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message to a citizen on one channel, from the moment its status step commits until it is delivered (or given up). */
@Entity
@Table(name = "notification")
public class Notification {

    public enum State { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String idempotencyKey;
    private String applicationId;
    private String citizenFin;
    private String caseStatus;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private boolean attachAct;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private String providerMessageId;
    private Instant createdAt;
    private Instant sentAt;

    protected Notification() {
    }

    Notification(String applicationId, String citizenFin, String caseStatus, Channel channel, String recipient,
            RenderedMessage message, boolean attachAct, Instant now) {
        this.idempotencyKey = keyOf(applicationId, caseStatus, channel);
        this.applicationId = applicationId;
        this.citizenFin = citizenFin;
        this.caseStatus = caseStatus;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = message.subject();
        this.bodyText = message.text();
        this.bodyHtml = message.html();
        this.attachAct = attachAct;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    static String keyOf(String applicationId, String caseStatus, Channel channel) {
        return applicationId + ":" + caseStatus + ":" + channel;
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String applicationId() {
        return applicationId;
    }

    public String citizenFin() {
        return citizenFin;
    }

    public String caseStatus() {
        return caseStatus;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public boolean attachAct() {
        return attachAct;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
