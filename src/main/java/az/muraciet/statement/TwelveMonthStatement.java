package az.muraciet.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import az.muraciet.subscriber.Invoice;
import az.muraciet.subscriber.Payment;
import az.muraciet.subscriber.ServiceType;

/**
 * The "Elektron arayış": a subscriber's invoices and payments of the last 12 report months, the issue month first,
 * as the regulation (section 3.4) lists them. Months without an invoice or payment show zero.
 *
 * @param subscriberCode abonent kodu
 * @param fullName adı, soyadı, ata adı
 * @param address yaşayış ünvanı
 * @param personsServed xidmət göstərilən nəfər sayı; {@code null} when the registry does not know it
 * @param serviceType göstərilən xidmətin növü; {@code null} when the registry does not know it
 * @param meterType sayğac tipi; {@code null} when unknown
 * @param issuedOn verilmə tarixi
 * @param months the 12 report months, newest (the issue month) first
 */
public record TwelveMonthStatement(String subscriberCode, String fullName, String address, Integer personsServed,
        ServiceType serviceType, String meterType, LocalDate issuedOn, List<MonthLine> months) {

    /** How many report months a statement covers. */
    public static final int MONTHS = 12;

    public TwelveMonthStatement {
        Objects.requireNonNull(subscriberCode);
        Objects.requireNonNull(issuedOn);
        months = List.copyOf(months);
    }

    /**
     * One report month: the invoice's consumption and amount, and what was paid during that month.
     *
     * @param consumptionM3 faktura sərfiyyatı (m³)
     * @param invoicedAzn faktura məbləği (AZN), two decimals
     * @param paidAzn ödənilmiş məbləğ (AZN), two decimals
     */
    public record MonthLine(YearMonth reportMonth, BigDecimal consumptionM3, BigDecimal invoicedAzn, BigDecimal paidAzn) {

        public MonthLine {
            Objects.requireNonNull(reportMonth);
            consumptionM3 = quantity(consumptionM3);
            invoicedAzn = money(invoicedAzn);
            paidAzn = money(paidAzn);
        }

        /** Hesabat ili */
        public int year() {
            return reportMonth.getYear();
        }

        /** Hesabat ayı, two digits as on the statement: "09" */
        public String month() {
            return "%02d".formatted(reportMonth.getMonthValue());
        }
    }

    /**
     * Puts the statement together from what billing holds; invoices and payments outside the 12 months are left out.
     *
     * @param payments the subscriber's payments; each counts in the month it was made
     */
    static TwelveMonthStatement of(Header header, LocalDate issuedOn, List<Invoice> invoices, List<Payment> payments) {
        YearMonth newest = YearMonth.from(issuedOn);
        Map<YearMonth, Invoice> invoiceOf = invoices.stream()
                .collect(Collectors.toMap(Invoice::reportMonth, Function.identity()));
        Map<YearMonth, BigDecimal> paidIn = payments.stream()
                .filter(p -> !p.paidOn().isAfter(issuedOn))
                .collect(Collectors.toMap(p -> YearMonth.from(p.paidOn()), Payment::amountAzn, BigDecimal::add));
        List<MonthLine> lines = new ArrayList<>(MONTHS);
        for (int back = 0; back < MONTHS; back++) {
            YearMonth month = newest.minusMonths(back);
            Invoice invoice = invoiceOf.get(month);
            lines.add(new MonthLine(month,
                    invoice == null ? BigDecimal.ZERO : invoice.consumptionM3(),
                    invoice == null ? BigDecimal.ZERO : invoice.invoicedAzn(),
                    paidIn.getOrDefault(month, BigDecimal.ZERO)));
        }
        return new TwelveMonthStatement(header.code(), header.fullName(), header.address(), header.personsServed(),
                header.serviceType(), header.meterType(), issuedOn, lines);
    }

    /** Who the statement is about, as the registries know them. */
    record Header(String code, String fullName, String address, Integer personsServed, ServiceType serviceType,
            String meterType) {
    }

    /** The first (oldest) report month the statement covers. */
    public YearMonth firstMonth() {
        return YearMonth.from(issuedOn).minusMonths(MONTHS - 1);
    }

    /** Cəmi: faktura sərfiyyatı (m³) */
    public BigDecimal totalConsumptionM3() {
        return quantity(sum(MonthLine::consumptionM3));
    }

    /** Cəmi: faktura məbləği (AZN) */
    public BigDecimal totalInvoicedAzn() {
        return money(sum(MonthLine::invoicedAzn));
    }

    /** Cəmi: ödənilmiş məbləğ (AZN) */
    public BigDecimal totalPaidAzn() {
        return money(sum(MonthLine::paidAzn));
    }

    private BigDecimal sum(Function<MonthLine, BigDecimal> column) {
        return months.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** AZN with two decimals: 3.50 */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** m³ as billed, without trailing zeros and never in exponent form: 6, 12.5 */
    private static BigDecimal quantity(BigDecimal m3) {
        BigDecimal stripped = m3.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
