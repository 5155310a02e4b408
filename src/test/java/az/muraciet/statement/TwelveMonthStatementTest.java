package az.muraciet.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import az.muraciet.subscriber.Invoice;
import az.muraciet.subscriber.Payment;
import az.muraciet.subscriber.ServiceType;
import az.muraciet.statement.TwelveMonthStatement.MonthLine;

class TwelveMonthStatementTest {

    static final TwelveMonthStatement.Header HEADER = new TwelveMonthStatement.Header("10009001",
            "Rəşad Əliyev Kamal oğlu", "Bakı, Nəsimi r., Füzuli küç. 48, m. 17", 4, ServiceType.WATER, "M");
    static final LocalDate SAMPLE_ISSUE_DATE = LocalDate.of(2020, 9, 23);

    @Test
    void theGuidesSampleIssuedOn20200923ListsItsTwelveMonthsNewestFirstWithItsTotals() {
        TwelveMonthStatement statement = TwelveMonthStatement.of(HEADER, SAMPLE_ISSUE_DATE,
                SeedSample.invoices("10009001", SeedSample.ISSUE_MONTH),
                SeedSample.payments("10009001", SeedSample.ISSUE_MONTH));

        assertThat(statement.months()).extracting(MonthLine::year, MonthLine::month).containsExactly(
                tuple(2020, "09"), tuple(2020, "08"), tuple(2020, "07"), tuple(2020, "06"), tuple(2020, "05"),
                tuple(2020, "04"), tuple(2020, "03"), tuple(2020, "02"), tuple(2020, "01"), tuple(2019, "12"),
                tuple(2019, "11"), tuple(2019, "10"));
        assertThat(statement.months()).extracting(l -> new String[] { l.consumptionM3().toString(),
                l.invoicedAzn().toString(), l.paidAzn().toString() }).containsExactlyElementsOf(SeedSample.ROWS);
        assertThat(statement.totalConsumptionM3()).hasToString(SeedSample.TOTAL_M3);
        assertThat(statement.totalInvoicedAzn()).hasToString(SeedSample.TOTAL_INVOICED);
        assertThat(statement.totalPaidAzn()).hasToString(SeedSample.TOTAL_PAID);
        assertThat(statement.firstMonth()).isEqualTo(YearMonth.of(2019, 10));
        assertThat(statement.issuedOn()).isEqualTo(SAMPLE_ISSUE_DATE);
        assertThat(statement.subscriberCode()).isEqualTo("10009001");
        assertThat(statement.meterType()).isEqualTo("M");
    }

    @Test
    void monthsWithoutInvoiceOrPaymentShowZeroAndPaymentsCountInTheMonthTheyWereMade() {
        List<Invoice> invoices = List.of(new Invoice("1", YearMonth.of(2020, 7), new BigDecimal("12.500"),
                new BigDecimal("6.875")));
        List<Payment> payments = List.of(
                new Payment("1", LocalDate.of(2020, 8, 1), new BigDecimal("3"), "r1", "SmartPay ödəmə nöqtəsi"),
                new Payment("1", LocalDate.of(2020, 8, 31), new BigDecimal("4.5"), "r2", "SmartPay ödəmə nöqtəsi"),
                new Payment("1", LocalDate.of(2020, 9, 23), new BigDecimal("1"), "r3", "e-Manat ödəmə nöqtəsi"),
                new Payment("1", LocalDate.of(2020, 9, 24), new BigDecimal("100"), "r4", "e-Manat ödəmə nöqtəsi"));

        TwelveMonthStatement statement = TwelveMonthStatement.of(HEADER, SAMPLE_ISSUE_DATE, invoices, payments);

        assertThat(statement.months()).hasSize(12);
        assertThat(statement.months().get(0).paidAzn()).as("paid on the issue date counts, the day after does not")
                .hasToString("1.00");
        assertThat(statement.months().get(1).paidAzn()).as("two payments in August").hasToString("7.50");
        assertThat(statement.months().get(1).invoicedAzn()).hasToString("0.00");
        assertThat(statement.months().get(1).consumptionM3()).hasToString("0");
        assertThat(statement.months().get(2).consumptionM3()).as("m³ without trailing zeros").hasToString("12.5");
        assertThat(statement.months().get(2).invoicedAzn()).as("AZN with two decimals").hasToString("6.88");
        List<MonthLine> rest = new ArrayList<>(statement.months().subList(3, 12));
        assertThat(rest).allSatisfy(line -> {
            assertThat(line.consumptionM3()).hasToString("0");
            assertThat(line.invoicedAzn()).hasToString("0.00");
            assertThat(line.paidAzn()).hasToString("0.00");
        });
        assertThat(statement.totalConsumptionM3()).hasToString("12.5");
        assertThat(statement.totalInvoicedAzn()).hasToString("6.88");
        assertThat(statement.totalPaidAzn()).hasToString("8.50");
    }

    @Test
    void wholeCubicMetresNeverShowInExponentForm() {
        TwelveMonthStatement statement = TwelveMonthStatement.of(HEADER, SAMPLE_ISSUE_DATE,
                List.of(new Invoice("1", YearMonth.of(2020, 9), new BigDecimal("100.000"), new BigDecimal("55"))),
                List.of());

        assertThat(statement.months().get(0).consumptionM3().toString()).isEqualTo("100");
        assertThat(statement.totalConsumptionM3().toString()).isEqualTo("100");
        assertThat(statement.totalInvoicedAzn().toString()).isEqualTo("55.00");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
