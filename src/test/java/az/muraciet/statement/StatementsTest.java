package az.muraciet.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.catalogue.Utility;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.Invoices;
import az.muraciet.subscriber.Payments;
import az.muraciet.subscriber.ServiceType;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;

/** The statement service on the real database with the demo's citizens; every test rolls back. */
@SpringBootTest
@Transactional
class StatementsTest {

    static final String SAMPLE_CODE = "10009001";

    @Autowired Statements statements;
    @Autowired Subscribers subscribers;
    @Autowired Invoices invoices;
    @Autowired Payments payments;
    @Autowired LinkedSubscribers linkedSubscribers;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void rashadHasTheGuidesSampleOnALinkedCode() {
        Subscriber sample = new Subscriber(SAMPLE_CODE, Utility.AZERSU, DemoCitizens.RASHAD, "Rəşad Əliyev",
                "Bakı, Səbail r., Neftçilər pr. 90, m. 4", "Səbail");
        sample.describeService(4, ServiceType.WATER, "M");
        subscribers.saveAndFlush(sample);
        linkedSubscribers.link(DemoCitizens.RASHAD, SAMPLE_CODE);
        invoices.saveAll(SeedSample.invoices(SAMPLE_CODE, SeedSample.ISSUE_MONTH));
        payments.saveAll(SeedSample.payments(SAMPLE_CODE, SeedSample.ISSUE_MONTH));
        invoices.flush();
    }

    @Test
    void theSampleReadFromTheDatabaseHasTheRegulationsFieldsAndTheSamplesTotals() {
        TwelveMonthStatement statement = statements.issue(DemoCitizens.RASHAD, SAMPLE_CODE, LocalDate.of(2020, 9, 23));

        assertThat(statement.subscriberCode()).isEqualTo(SAMPLE_CODE);
        assertThat(statement.fullName()).as("adı, soyadı, ata adı from the person registry")
                .isEqualTo("Rəşad Əliyev Kamal oğlu");
        assertThat(statement.address()).isEqualTo("Bakı, Səbail r., Neftçilər pr. 90, m. 4");
        assertThat(statement.personsServed()).isEqualTo(4);
        assertThat(statement.serviceType()).isEqualTo(ServiceType.WATER);
        assertThat(statement.meterType()).isEqualTo("M");
        assertThat(statement.issuedOn()).isEqualTo(LocalDate.of(2020, 9, 23));
        assertThat(statement.months().get(0).reportMonth()).isEqualTo(YearMonth.of(2020, 9));
        assertThat(statement.months().get(11).reportMonth()).isEqualTo(YearMonth.of(2019, 10));
        assertThat(statement.months()).extracting(l -> new String[] { l.consumptionM3().toString(),
                l.invoicedAzn().toString(), l.paidAzn().toString() }).containsExactlyElementsOf(SeedSample.ROWS);
        assertThat(statement.totalConsumptionM3()).hasToString("204");
        assertThat(statement.totalInvoicedAzn()).hasToString("107.45");
        assertThat(statement.totalPaidAzn()).hasToString("76.65");
    }

    @Test
    void isIssuedTodayInBakuForTheTwelveMonthsEndingThisMonth() {
        TwelveMonthStatement statement = statements.issue(DemoCitizens.RASHAD, "10000002");

        assertThat(statement.issuedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(statement.months()).hasSize(12);
        assertThat(statement.months().get(0).reportMonth()).isEqualTo(YearMonth.now(clock));
        assertThat(statement.firstMonth()).isEqualTo(YearMonth.now(clock).minusMonths(11));
    }

    @Test
    void aCodeThatIsNotLinkedToTheCitizenIsNotFoundWhateverTheReason() {
        for (String code : new String[] { "10000001", // Rəşad's own in the registry, but not linked
                "10000003", // Günel's
                "10000004", // Tural's, linked to Tural
                "99999999", // unknown
                "", " 10000002", "10000002 ", "10000002.pdf", "../10000002", "10000002' or '1'='1",
                "<script>alert(1)</script>", "1".repeat(5000), null }) {
            assertThatThrownBy(() -> statements.issue(DemoCitizens.RASHAD, code)).as(String.valueOf(code))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> statements.issue(DemoCitizens.GUNEL, "10000002")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements.issue(DemoCitizens.GUNEL, "10000003"))
                .as("Günel's own code, not linked yet").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements.issue("0ZZZZZZ", SAMPLE_CODE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCodesToChooseFromAreTheCitizensLinkedAzersuCodes() {
        assertThat(statements.subscribersOf(DemoCitizens.RASHAD)).extracting(Subscriber::code)
                .containsExactly("10000002", SAMPLE_CODE);
        assertThat(statements.subscribersOf(DemoCitizens.GUNEL)).isEmpty();
        assertThat(statements.subscribersOf(DemoCitizens.TURAL)).extracting(Subscriber::code).containsExactly("10000004");
    }

    @Test
    void everyDemoSubscriberHasInvoicesForTheLastFourteenMonthsWithUnpaidMonthsAndAMonthWithoutConsumption() {
        YearMonth now = YearMonth.now(clock);
        for (String code : List.of("10000001", "10000002", "10000003", "10000004")) {
            List<YearMonth> billed = jdbc.query("select report_year, report_month from invoice where subscriber_code = ?",
                    (row, i) -> YearMonth.of(row.getInt(1), row.getInt(2)), code);
            for (int back = 0; back < 14; back++) {
                assertThat(billed).as(code).contains(now.minusMonths(back));
            }
            Subscriber subscriber = subscribers.findById(code).orElseThrow();
            assertThat(subscriber.personsServed()).as(code).isPositive();
            assertThat(subscriber.serviceType()).as(code).isNotNull();
        }
        TwelveMonthStatement rashads = statements.issue(DemoCitizens.RASHAD, "10000002");
        assertThat(rashads.months()).anySatisfy(l -> assertThat(l.consumptionM3().signum()).isZero());
        assertThat(rashads.months()).anySatisfy(l -> assertThat(l.paidAzn().signum()).isZero());
        assertThat(rashads.months()).anySatisfy(l -> assertThat(l.paidAzn().signum()).isPositive());
        assertThat(rashads.totalInvoicedAzn()).isPositive();
        assertThat(rashads.meterType()).isEqualTo("M");
        assertThat(jdbc.queryForObject("select count(distinct payment_point) from payment", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from payment where paid_on > ?", Integer.class,
                LocalDate.now(clock))).as("no payment in the future").isZero();
    }
}
