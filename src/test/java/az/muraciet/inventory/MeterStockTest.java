package az.muraciet.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;

@SpringBootTest
class MeterStockTest {

    @Autowired MeterStock stock;
    @Autowired Applications applications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theLastMeterGoesToExactlyOneOfManyCasesReservingAtOnce() throws Exception {
        stock.setAvailable("test-last-meter", 1);
        List<String> cases = IntStream.range(0, 16).mapToObj(i -> newCase()).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = cases.stream().map(id -> pool.submit((Callable<Boolean>) () -> {
                start.await();
                return stock.reserve(id, "test-last-meter");
            })).toList();
            start.countDown();
            long winners = results.stream().filter(MeterStockTest::get).count();

            assertThat(winners).isOne();
            assertThat(stock.available("test-last-meter")).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reservingTwiceForTheSameCaseTakesOneMeter() {
        stock.setAvailable("test-twice", 2);
        String id = newCase();

        assertThat(stock.reserve(id, "test-twice")).isTrue();
        assertThat(stock.reserve(id, "test-twice")).isTrue();

        assertThat(stock.available("test-twice")).isEqualTo(1);
    }

    @Test
    void anUnusedReservationGoesBackToStockOnceAndAUsedOneNever() {
        stock.setAvailable("test-release", 2);
        String released = newCase();
        String used = newCase();
        stock.reserve(released, "test-release");
        stock.reserve(used, "test-release");

        stock.release(released);
        stock.release(released);
        stock.use(used);
        stock.release(used);

        assertThat(stock.available("test-release")).isEqualTo(1);
        assertThat(stock.reservationOf(released)).contains(MeterReservation.State.RELEASED);
        assertThat(stock.reservationOf(used)).contains(MeterReservation.State.USED);
    }

    @Test
    void anEmptyOrUnknownWarehouseReservesNothing() {
        stock.setAvailable("test-empty", 0);

        assertThat(stock.reserve(newCase(), "test-empty")).isFalse();
        assertThat(stock.reserve(newCase(), "no-such-warehouse")).isFalse();
        assertThat(stock.available("test-empty")).isZero();
    }

    private String newCase() {
        return applications.save(Application.submitted("WATER_METER_INSTALLATION", "10000001", "1AB2C3D", "Rəşad Əliyev",
                "+994501234567", "r@example.az", java.util.Map.of(), java.time.Instant.now())).id();
    }

    private static boolean get(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
