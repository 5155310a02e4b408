package az.muraciet.statement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import az.muraciet.subscriber.Invoice;
import az.muraciet.subscriber.Payment;

/**
 * The sample "Elektron arayış" of the e-Su portal guide (issued 2020-09-23, 2020-09 back to 2019-10), as invoices
 * and payments that can be moved to end in any month. Its totals: 204 m³, 107.45 AZN invoiced, 76.65 AZN paid.
 * 2019-10 has no invoice at all, 2020-05 an invoice of 0; 2020-03's 9.65 AZN are two payments.
 */
public final class SeedSample {

    public static final YearMonth ISSUE_MONTH = YearMonth.of(2020, 9);
    public static final String TOTAL_M3 = "204";
    public static final String TOTAL_INVOICED = "107.45";
    public static final String TOTAL_PAID = "76.65";

    /** The sample's rows, newest first: consumption m³, invoiced AZN, paid AZN. */
    public static final List<String[]> ROWS = List.of(
            new String[] { "6", "3.50", "0.00" },
            new String[] { "6", "3.50", "12.00" },
            new String[] { "6", "3.85", "0.00" },
            new String[] { "4", "2.10", "10.00" },
            new String[] { "0", "0.00", "10.00" },
            new String[] { "22", "11.20", "10.00" },
            new String[] { "10", "5.25", "9.65" },
            new String[] { "12", "6.65", "10.00" },
            new String[] { "12", "6.65", "0.00" },
            new String[] { "118", "59.85", "10.00" },
            new String[] { "8", "4.90", "5.00" },
            new String[] { "0", "0.00", "0.00" });

    private SeedSample() {
    }

    /** The sample's invoices, the newest in {@code newest}; plus one just before the 12 months, which must not count. */
    public static List<Invoice> invoices(String code, YearMonth newest) {
        List<Invoice> invoices = new ArrayList<>();
        for (int back = 0; back < ROWS.size() - 1; back++) { // the oldest month has no invoice
            String[] row = ROWS.get(back);
            invoices.add(new Invoice(code, newest.minusMonths(back), new BigDecimal(row[0]), new BigDecimal(row[1])));
        }
        invoices.add(new Invoice(code, newest.minusMonths(12), new BigDecimal("40"), new BigDecimal("20.00")));
        return invoices;
    }

    /** The sample's payments, on the 19th of their month (2020-03's in two parts); plus one before the 12 months. */
    public static List<Payment> payments(String code, YearMonth newest) {
        List<Payment> payments = new ArrayList<>();
        for (int back = 0; back < ROWS.size(); back++) {
            BigDecimal paid = new BigDecimal(ROWS.get(back)[2]);
            YearMonth month = newest.minusMonths(back);
            if (back == 6) {
                payments.add(payment(code, month, 3, "5.00", "SmartPay ödəmə nöqtəsi"));
                payments.add(payment(code, month, 27, "4.65", "e-Manat ödəmə nöqtəsi"));
            } else if (paid.signum() > 0) {
                payments.add(payment(code, month, 19, paid.toPlainString(), "Hökumət Ödəniş Portalı"));
            }
        }
        payments.add(payment(code, newest.minusMonths(12), 28, "30.00", "Hökumət Ödəniş Portalı"));
        return payments;
    }

    private static Payment payment(String code, YearMonth month, int day, String amount, String point) {
        return new Payment(code, month.atDay(day), new BigDecimal(amount), code + month + "-" + day, point);
    }
}
