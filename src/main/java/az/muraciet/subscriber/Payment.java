package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A payment for a subscriber as a payment point reported it (e.g. "Hökumət Ödəniş Portalı", "SmartPay ödəmə nöqtəsi",
 * "e-Manat ödəmə nöqtəsi"), with its receipt number.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subscriberCode;
    private LocalDate paidOn;
    private BigDecimal amountAzn;
    private String receiptNumber;
    private String paymentPoint;

    protected Payment() {
    }

    /** @param amountAzn the amount paid in AZN, positive; kept with two decimals */
    public Payment(String subscriberCode, LocalDate paidOn, BigDecimal amountAzn, String receiptNumber,
            String paymentPoint) {
        if (amountAzn.signum() <= 0) {
            throw new IllegalArgumentException("A payment is a positive amount");
        }
        this.subscriberCode = Objects.requireNonNull(subscriberCode);
        this.paidOn = Objects.requireNonNull(paidOn);
        this.amountAzn = amountAzn.setScale(2, RoundingMode.HALF_UP);
        this.receiptNumber = Objects.requireNonNull(receiptNumber);
        this.paymentPoint = Objects.requireNonNull(paymentPoint);
    }

    public String subscriberCode() {
        return subscriberCode;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public BigDecimal amountAzn() {
        return amountAzn;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public String paymentPoint() {
        return paymentPoint;
    }
}
