package az.muraciet.act;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An act drawn up when the work on a case is done: a meter installation act (Sayğac quraşdırma aktı) with the meter,
 * or a work act (Görülmüş işlər aktı) with the work performed instead.
 */
@Entity
@Table(name = "act")
public class Act {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String applicationId;
    private LocalDate actDate;
    private String subscriberCode;
    private String meterSerial;
    private BigDecimal initialReading;
    private String sealNumber;
    private String executor;
    private String notes;
    private String workPerformed;
    private Instant createdAt;
    /** The act as PDF (varbinary on H2, bytea on PostgreSQL); absent for acts drawn up before it was rendered. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(length = 10 * 1024 * 1024)
    private byte[] pdf;

    protected Act() {
    }

    Act(String number, String applicationId, LocalDate actDate, String subscriberCode, String meterSerial,
            BigDecimal initialReading, String sealNumber, String executor, String notes, Instant createdAt) {
        this.number = number;
        this.applicationId = applicationId;
        this.actDate = actDate;
        this.subscriberCode = subscriberCode;
        this.meterSerial = meterSerial;
        this.initialReading = initialReading;
        this.sealNumber = sealNumber;
        this.executor = executor;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    static Act workAct(String number, String applicationId, LocalDate actDate, String subscriberCode,
            String workPerformed, String executor, String notes, Instant createdAt) {
        Act act = new Act(number, applicationId, actDate, subscriberCode, null, null, null, executor, notes, createdAt);
        act.workPerformed = workPerformed;
        return act;
    }

    /** Whether this is a work act (the work performed, no meter) rather than a meter installation act. */
    public boolean isWorkAct() {
        return workPerformed != null;
    }

    public String workPerformed() {
        return workPerformed;
    }

    public String number() {
        return number;
    }

    public String applicationId() {
        return applicationId;
    }

    public LocalDate actDate() {
        return actDate;
    }

    public String subscriberCode() {
        return subscriberCode;
    }

    public String meterSerial() {
        return meterSerial;
    }

    public BigDecimal initialReading() {
        return initialReading;
    }

    public String sealNumber() {
        return sealNumber;
    }

    public String executor() {
        return executor;
    }

    public String notes() {
        return notes;
    }

    public byte[] pdf() {
        return pdf;
    }

    void attachPdf(byte[] pdf) {
        this.pdf = pdf;
    }
}
