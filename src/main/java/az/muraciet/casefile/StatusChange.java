package az.muraciet.casefile;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a case's status history: which status, when, who caused it, why, and what the citizen is told with it. */
@Entity
@Table(name = "application_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    private String status;
    private String reason;
    private String actor;
    private String note;
    private Instant changedAt;

    protected StatusChange() {
    }

    StatusChange(Application application, String status, String reason, String actor, String note, Instant changedAt) {
        this.application = application;
        this.status = status;
        this.reason = reason;
        this.actor = actor;
        this.note = note;
        this.changedAt = changedAt;
    }

    public String status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    /** What the model told the citizen with this step (answer text, accepted reading…), or null. */
    public String note() {
        return note;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
