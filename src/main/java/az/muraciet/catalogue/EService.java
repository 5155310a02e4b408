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
    private boolean requiresActiveMeter;
    private boolean oneOpenCasePerCode;

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

    /** Whether the service is only for subscriber codes with an active meter (a meter reading, say). */
    public boolean requiresActiveMeter() {
        return requiresActiveMeter;
    }

    /**
     * Whether a subscriber code may have only one open (not finished) case of this service at a time: a second
     * application is refused until the first has ended (a suspension of the supply, say).
     */
    public boolean oneOpenCasePerCode() {
        return oneOpenCasePerCode;
    }
}
