package az.muraciet.subscriber;

import java.time.Instant;

import az.muraciet.catalogue.Utility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A subscriber (abonent) of a utility, as its registry knows it. */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    @Id
    private String code;
    @Enumerated(EnumType.STRING)
    private Utility utility;
    private String ownerFin;
    private String fullName;
    private String address;
    private String district;
    private String meterSerial;
    private Instant meterRegisteredAt;

    protected Subscriber() {
    }

    public Subscriber(String code, Utility utility, String ownerFin, String fullName, String address, String district) {
        this.code = code;
        this.utility = utility;
        this.ownerFin = ownerFin;
        this.fullName = fullName;
        this.address = address;
        this.district = district;
    }

    public boolean hasActiveMeter() {
        return meterSerial != null;
    }

    public void registerMeter(String serial, Instant at) {
        this.meterSerial = serial;
        this.meterRegisteredAt = at;
    }

    public String code() {
        return code;
    }

    public Utility utility() {
        return utility;
    }

    public String ownerFin() {
        return ownerFin;
    }

    public String fullName() {
        return fullName;
    }

    public String address() {
        return address;
    }

    public String district() {
        return district;
    }

    public String meterSerial() {
        return meterSerial;
    }
}
