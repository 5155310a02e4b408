package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A monthly invoice (faktura) of a subscriber: the consumption billed for a report month and its amount. */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subscriberCode;
    private int reportYear;
    private int reportMonth;
    @Column(name = "consumption_m3")
    private BigDecimal consumptionM3;
    private BigDecimal invoicedAzn;

    protected Invoice() {
    }

    /**
     * @param consumptionM3 billed consumption in m³, not negative
     * @param invoicedAzn invoiced amount in AZN, not negative; kept with two decimals
     */
    public Invoice(String subscriberCode, YearMonth reportMonth, BigDecimal consumptionM3, BigDecimal invoicedAzn) {
        if (consumptionM3.signum() < 0 || invoicedAzn.signum() < 0) {
            throw new IllegalArgumentException("Consumption and amount of an invoice are never negative");
        }
        this.subscriberCode = Objects.requireNonNull(subscriberCode);
        this.reportYear = reportMonth.getYear();
        this.reportMonth = reportMonth.getMonthValue();
        this.consumptionM3 = consumptionM3;
        this.invoicedAzn = invoicedAzn.setScale(2, RoundingMode.HALF_UP);
    }

    public String subscriberCode() {
        return subscriberCode;
    }

    public YearMonth reportMonth() {
        return YearMonth.of(reportYear, reportMonth);
    }

    public BigDecimal consumptionM3() {
        return consumptionM3;
    }

    public BigDecimal invoicedAzn() {
        return invoicedAzn;
    }
}
