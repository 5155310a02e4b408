package az.muraciet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.casefile.CaseFiles;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterMeterInstallationProcess;
import az.muraciet.security.DemoCitizens;

/**
 * The system on a real PostgreSQL (the {@code postgres} profile): migrations, the engine and a whole case, and the
 * two places where concurrency matters. Runs with {@code ./mvnw -Ppostgres verify} against the server named by
 * {@code MURACIET_TEST_PG} (default 127.0.0.1:5432, user postgres), in a database it creates afresh.
 */
@Tag("postgres")
@SpringBootTest(properties = "muraciet.notifications.poll-interval=PT0.2S")
@ActiveProfiles({ "postgres", "demo" })
class PostgresIntegrationTests {

    static final String DATABASE = "muraciet_it";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh(DATABASE, registry);
    }

    @Autowired CaseScenarios cases;
    @Autowired CaseFiles caseFiles;
    @Autowired MeterStock stock;
    @Autowired JdbcTemplate jdbc;
    @Autowired az.muraciet.identity.CitizenLogin login;

    @Test
    void runsOnPostgreSql() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = ?", Integer.class,
                WaterMeterInstallationProcess.PROCESS_KEY)).isOne();
    }

    @Test
    void aWholeCaseFromSubmissionToCompletion() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        String number = cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        cases.assignExecutor(id, "nigar");
        cases.recordInstalled(id);
        cases.drawUpAct(id);

        var details = caseFiles.caseOf(DemoCitizens.TURAL, number);
        assertThat(details.summary().status()).isEqualTo("COMPLETED");
        assertThat(details.history()).extracting(s -> s.status()).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED",
                "EXECUTOR_ASSIGNED", "ACT_DRAWN_UP", "COMPLETED");
        byte[] actPdf = jdbc.queryForObject("select pdf from act where application_id = ?", byte[].class, id);
        assertThat(actPdf).isNotEmpty().startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where application_id = ? and state = 'SENT'", Integer.class, id) == 10);
        assertThat(jdbc.queryForObject("select count(*) from notification where application_id = ?", Integer.class, id))
                .as("SMS and e-mail for each of the five notified steps, once").isEqualTo(10);
    }

    @Test
    void manyCitizensConfirmingAtOnceGetDistinctNumbers() throws Exception {
        List<String> submitted = IntStream.range(0, 24).mapToObj(i -> cases.submit(DemoCitizens.GUNEL, "10000003")).toList();

        List<String> numbers = concurrently(submitted, id -> cases.confirm(DemoCitizens.GUNEL, id));

        assertThat(numbers).doesNotContainNull().doesNotHaveDuplicates().hasSize(24);
    }

    @Test
    void theLastMeterInStockGoesToExactlyOneCase() throws Exception {
        stock.setAvailable("pg-last-meter", 1);
        List<String> submitted = IntStream.range(0, 12).mapToObj(i -> cases.submit(DemoCitizens.GUNEL, "10000003")).toList();

        List<Boolean> reserved = concurrently(submitted, id -> stock.reserve(id, "pg-last-meter"));

        assertThat(reserved.stream().filter(Boolean::booleanValue).count()).isOne();
        assertThat(stock.available("pg-last-meter")).isZero();
    }

    @Test
    void wrongCodesEnteredAtOnceAreAllCountedAndTheFifthLocksTheCode() throws Exception {
        var request = login.requestCode("0PG0PG0");
        List<String> guesses = IntStream.range(0, 12).mapToObj(i -> "%06d".formatted(i)).toList();

        List<az.muraciet.identity.CodeCheck.Result> results = concurrently(guesses,
                guess -> login.checkCode(request.challengeId(), guess).result());

        assertThat(results).filteredOn(r -> r == az.muraciet.identity.CodeCheck.Result.WRONG).hasSize(4);
        assertThat(results).filteredOn(r -> r == az.muraciet.identity.CodeCheck.Result.LOCKED).hasSize(8);
        assertThat(jdbc.queryForObject("select failed_attempts from one_time_code where id = ?", Integer.class,
                request.challengeId())).isEqualTo(5);
    }

    private static <T> List<T> concurrently(List<String> ids, java.util.function.Function<String, T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = ids.stream().map(id -> pool.submit((Callable<T>) () -> {
                start.await();
                return work.apply(id);
            })).toList();
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
