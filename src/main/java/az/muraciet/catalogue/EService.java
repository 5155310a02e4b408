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
     * Whether the citizen applies for one of their subscriber codes; when not (a new subscriber has none yet), the
     * service's start form gives the place: {@code district} and the address.
     */
    public boolean subscriberCodeRequired() {
        return subscriberCodeRequired;
    }
}
