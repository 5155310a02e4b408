package az.muraciet.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A status a case can be in, with its labels. Statuses are data, not an enum: a process model names the
 * status it sets, so a new e-service can bring a status of its own with a migration and no Java.
 */
@Entity
@Table(name = "case_status")
public class CaseStatus {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String REGISTERED = "REGISTERED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    private String code;
    private String labelAz;
    private String labelEn;
    private boolean finalStatus;

    protected CaseStatus() {
    }

    public String code() {
        return code;
    }

    public String labelAz() {
        return labelAz;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean isFinal() {
        return finalStatus;
    }
}
