package az.muraciet.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The case record of one application (müraciət): who applied for what, where it stands, and how it got there. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    private String id;
    private String number;
    private String serviceCode;
    private String subscriberCode;
    private String applicantFin;
    private String applicantName;
    private String contactPhone;
    private String contactEmail;
    @Convert(converter = FormDataConverter.class)
    private Map<String, Object> formData;
    private String status;
    private String statusReason;
    private String processInstanceId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();

    protected Application() {
    }

    public static Application submitted(String serviceCode, String subscriberCode, String applicantFin, String applicantName,
            String contactPhone, String contactEmail, Map<String, Object> formData, Instant now) {
        Application application = new Application();
        application.id = UUID.randomUUID().toString();
        application.serviceCode = serviceCode;
        application.subscriberCode = subscriberCode;
        application.applicantFin = applicantFin;
        application.applicantName = applicantName;
        application.contactPhone = contactPhone;
        application.contactEmail = contactEmail;
        // not Map.copyOf: an optional field sent as JSON null is a null value, and Map.copyOf rejects those
        application.formData = Collections.unmodifiableMap(new LinkedHashMap<>(formData));
        application.status = CaseStatus.SUBMITTED;
        application.createdAt = now;
        application.updatedAt = now;
        return application;
    }

    void changeStatus(String newStatus, String reason, String actor, String note, Instant at) {
        this.status = newStatus;
        this.statusReason = reason;
        this.updatedAt = at;
        history.add(new StatusChange(this, newStatus, reason, actor, note, at));
    }

    void assignNumber(String number) {
        this.number = number;
    }

    /**
     * A case applied for without a subscriber code gets the one the registry issued for it (a new subscriber); a case
     * that has a code keeps it.
     */
    public void subscriberCodeIssued(String code) {
        if (subscriberCode == null) {
            this.subscriberCode = java.util.Objects.requireNonNull(code);
        } else if (!subscriberCode.equals(code)) {
            throw new IllegalStateException("Case " + id + " already has subscriber code " + subscriberCode);
        }
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean isOf(String fin) {
        return applicantFin.equals(fin);
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String subscriberCode() {
        return subscriberCode;
    }

    public String applicantFin() {
        return applicantFin;
    }

    public String applicantName() {
        return applicantName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Map<String, Object> formData() {
        return formData;
    }

    public String status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }
}
