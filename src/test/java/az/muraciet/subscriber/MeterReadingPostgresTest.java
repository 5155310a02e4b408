package az.muraciet.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;
import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.intake.TestApplications;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/**
 * The meter reading submission on a real PostgreSQL (the {@code postgres} profile, {@code ./mvnw -Ppostgres verify}):
 * its migration, a whole case, and one reading arriving from several submissions at once recorded once.
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({ "postgres", "demo" })
class MeterReadingPostgresTest {

    static final String DATABASE = "muraciet_it_meter_reading";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh(DATABASE, registry);
    }

    @Autowired ApplicationIntake intake;
    @Autowired CaseScenarios cases;
    @Autowired CaseFiles caseFiles;
    @Autowired MeteredSubscribers meters;
    @Autowired MeterReadingHistory history;
    @Autowired MeterReadings readings;
    @Autowired Clock clock;

    @Test
    void aReadingIsAcceptedOnPostgreSqlAndTheDemoReadingsMatchTheInvoices() {
        assertThat(history.facts("10000002", LocalDate.now(clock)).last().value()).isEqualByComparingTo("1336");
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 12);

        String id = intake.submit(DemoCitizens.RASHAD, TestApplications.meterReading(subscriber.code(), 1009.875)).id();
        cases.runDueJobs();

        CaseDetails details = caseFiles.caseOf(DemoCitizens.RASHAD, id);
        assertThat(details.summary().status()).isEqualTo("COMPLETED");
        assertThat(details.history()).extracting(CaseDetails.Step::note).contains("1009.875 m³");
    }

    @Test
    void theSameReadingArrivingFromSeveralSubmissionsAtOnceIsRecordedOnce() throws Exception {
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 2);
        LocalDate today = LocalDate.now(clock);
        ExecutorService submissions = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MeterReading>> recorded = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                recorded.add(submissions.submit(() -> {
                    start.await();
                    return history.record(subscriber.code(), new BigDecimal("1003.5"), today, MeterReading.Source.CITIZEN,
                            null);
                }));
            }
            start.countDown();
            for (Future<MeterReading> reading : recorded) {
                assertThat(reading.get().value()).isEqualByComparingTo("1003.5");
            }
        } finally {
            submissions.shutdownNow();
        }

        assertThat(meters.readingsOf(subscriber)).hasSize(4);
    }
}
