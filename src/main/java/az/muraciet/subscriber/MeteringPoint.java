package az.muraciet.subscriber;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A metering point (uçot nöqtəsi) of a non-population electricity subscriber: it belongs to one main code (baş kod),
 * which is the subscriber code the application is made for.
 */
@Entity
@Table(name = "metering_point")
public class MeteringPoint {

    @Id
    private String code;
    private String subscriberCode;

    protected MeteringPoint() {
    }

    public MeteringPoint(String code, String subscriberCode) {
        this.code = code;
        this.subscriberCode = subscriberCode;
    }

    public String code() {
        return code;
    }

    public String subscriberCode() {
        return subscriberCode;
    }
}
