package az.muraciet.subscriber;

import java.time.Instant;
import java.util.Objects;

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
    private Integer personsServed;
    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;
    private String meterType;
    /** null for subscribers registered before the registry recorded the group */
    @Enumerated(EnumType.STRING)
    private SubscriberGroup subscriberGroup;

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

    /** A subscriber the registry registers now, of a known group. */
    public Subscriber(String code, Utility utility, SubscriberGroup group, String ownerFin, String fullName,
            String address, String district) {
        this(code, utility, ownerFin, fullName, address, district);
        this.subscriberGroup = Objects.requireNonNull(group);
    }

    public boolean hasActiveMeter() {
        return meterSerial != null;
    }

    public void registerMeter(String serial, Instant at) {
        this.meterSerial = serial;
        this.meterRegisteredAt = at;
    }

    /**
     * What the subscriber is billed for, as the statement shows it.
     *
     * @param personsServed the number of persons the service is provided to (xidmət göstərilən nəfər sayı)
     * @param serviceType water supply and/or sewerage
     * @param meterType the meter's type as the registry codes it (e.g. {@code M}); {@code null} when unknown
     */
    public void describeService(int personsServed, ServiceType serviceType, String meterType) {
        if (personsServed < 1) {
            throw new IllegalArgumentException("A subscriber serves at least one person");
        }
        this.personsServed = personsServed;
        this.serviceType = Objects.requireNonNull(serviceType);
        this.meterType = meterType;
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

    /** @return the number of persons served, or {@code null} when the registry does not know it */
    public Integer personsServed() {
        return personsServed;
    }

    /** @return water supply and/or sewerage, or {@code null} when the registry does not know it */
    public ServiceType serviceType() {
        return serviceType;
    }

    /** @return population or non-population, or {@code null} when the registry did not record it */
    public SubscriberGroup group() {
        return subscriberGroup;
    }

    /** @return the meter's type code (e.g. {@code M}), or {@code null} when unknown */
    public String meterType() {
        return meterType;
    }
}
