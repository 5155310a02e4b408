package az.muraciet.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-service the system runs: which utility offers it, which process and start form carry it. */
@Entity
@Table(name = "e_service")
public class EService {

    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    private Utility utility;
    private String processKey;
    private String startFormId;
    private String numberPrefix;
    private String nameAz;
    private String nameEn;
    private boolean active;
    private boolean subscriberCodeRequired;

    protected EService() {
    }

    public String code() {
        return code;
    }

    public Utility utility() {
        return utility;
    }

    public String processKey() {
        return processKey;
    }

    public String startFormId() {
        return startFormId;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    public String nameAz() {
        return nameAz;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Whether an application must name one of the citizen's subscriber codes; when not, the citizen may name none
     * and the case's district comes from the start form's {@code district} field.
     */
    public boolean subscriberCodeRequired() {
        return subscriberCodeRequired;
    }
}
