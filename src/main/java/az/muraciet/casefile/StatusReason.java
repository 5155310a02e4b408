package az.muraciet.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why a case was rejected or cancelled, with the labels the citizen reads. */
@Entity
@Table(name = "status_reason")
public class StatusReason {

    @Id
    private String code;
    private String labelAz;
    private String labelEn;

    protected StatusReason() {
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
}
