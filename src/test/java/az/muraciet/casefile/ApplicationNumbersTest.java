package az.muraciet.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ApplicationNumbersTest {

    @Autowired ApplicationNumbers numbers;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void numbersFollowThePrefixTheYearAndASixDigitCounter() {
        String first = inTransaction(() -> numbers.next("TQ"));
        String second = inTransaction(() -> numbers.next("TQ"));

        int year = Year.now(ZoneId.of("Asia/Baku")).getValue();
        assertThat(first).isEqualTo("TQ-" + year + "-000001");
        assertThat(second).isEqualTo("TQ-" + year + "-000002");
    }

    @Test
    void eachPrefixCountsOnItsOwn() {
        inTransaction(() -> numbers.next("TA"));
        inTransaction(() -> numbers.next("TA"));

        assertThat(inTransaction(() -> numbers.next("TB"))).endsWith("-000001");
    }

    @Test
    void concurrentRegistrationsNeverShareANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> handedOut = pool.invokeAll(IntStream.range(0, 200)
                    .mapToObj(i -> (Callable<String>) () -> inTransaction(() -> numbers.next("TC"))).toList());
            List<String> all = handedOut.stream().map(ApplicationNumbersTest::get).toList();

            assertThat(all).doesNotHaveDuplicates().hasSize(200);
            assertThat(all).allMatch(n -> n.matches("TC-\\d{4}-000(\\d{3})") && Integer.parseInt(n.substring(8)) <= 200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackRegistrationGivesItsNumberBack() {
        String kept = inTransaction(() -> numbers.next("TD"));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            numbers.next("TD");
            tx.setRollbackOnly();
        });

        assertThat(inTransaction(() -> numbers.next("TD"))).isEqualTo(kept.replace("000001", "000002"));
    }

    private String inTransaction(java.util.function.Supplier<String> work) {
        return new TransactionTemplate(transactions).execute(tx -> work.get());
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
