package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reading of a subscriber's meter (sayğac göstəricisi), in the unit the utility's meters count (m³ for water, kWh
 * for electricity), with at most three decimals.
 */
@Entity
@Table(name = "meter_reading")
public class MeterReading {

    /** Who gave the reading. */
    public enum Source {
        /** Taken by the utility for billing: an invoice's consumption is the difference of two such readings. */
        BILLING,
        /** The initial reading of a meter, from its installation act or the visit that registered it. */
        INSTALLATION,
        /** Given by the citizen and accepted as given. */
        CITIZEN,
        /** Given by the citizen and corrected by the employee who reviewed it. */
        EMPLOYEE
    }

    /** The most decimals a reading has. */
    public static final int SCALE = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subscriberCode;
    private String meterSerial;
    private BigDecimal readingValue;
    private LocalDate readOn;
    @Enumerated(EnumType.STRING)
    private Source source;
    private String applicationId;
    private Instant recordedAt;

    protected MeterReading() {
    }

    /**
     * @param value not negative, at most {@value #SCALE} decimals
     * @param applicationId the case that gave it, or {@code null}
     */
    public MeterReading(String subscriberCode, String meterSerial, BigDecimal value, LocalDate readOn, Source source,
            String applicationId, Instant recordedAt) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("A meter reading is not negative and has at most " + SCALE
                    + " decimals: " + value);
        }
        this.subscriberCode = Objects.requireNonNull(subscriberCode);
        this.meterSerial = Objects.requireNonNull(meterSerial);
        this.readingValue = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        this.readOn = Objects.requireNonNull(readOn);
        this.source = Objects.requireNonNull(source);
        this.applicationId = applicationId;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public String subscriberCode() {
        return subscriberCode;
    }

    public String meterSerial() {
        return meterSerial;
    }

    public BigDecimal value() {
        return readingValue;
    }

    public LocalDate readOn() {
        return readOn;
    }

    public Source source() {
        return source;
    }

    /** @return the case that gave the reading, or {@code null} */
    public String applicationId() {
        return applicationId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The value as people write it: {@code 1336}, {@code 1341.5}, {@code 1341.125}. */
    public String shown() {
        return shown(readingValue);
    }

    public static String shown(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
