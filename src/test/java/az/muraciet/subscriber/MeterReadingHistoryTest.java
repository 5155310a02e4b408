package az.muraciet.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.MeterReadingHistory.ReadingFacts;

/**
 * What a new reading is compared with (the last reading, the average over the last year, the months in between), and
 * the recording of accepted readings: once per case, once per meter, day and value, one subscriber at a time.
 */
@SpringBootTest
class MeterReadingHistoryTest {

    static final String CITIZEN = DemoCitizens.RASHAD;

    @Autowired MeterReadingHistory history;
    @Autowired MeteredSubscribers meters;
    @Autowired MeterReadings readings;
    @Autowired Subscribers subscribers;
    @Autowired Clock clock;
    @Autowired Invoices invoices;

    @Test
    void theFactsAreTheLastReadingTheAverageOverAYearAndTheMonthsSince() {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12);
        LocalDate firstOfThisMonth = YearMonth.now(clock).atDay(1);

        ReadingFacts facts = history.facts(subscriber.code(), firstOfThisMonth.plusMonths(2).plusDays(15));

        assertThat(facts.meterSerial()).isEqualTo(subscriber.meterSerial());
        assertThat(facts.last().value()).isEqualByComparingTo("1000");
        assertThat(facts.last().readOn()).isEqualTo(firstOfThisMonth);
        assertThat(facts.averageMonthlyConsumption()).isEqualByComparingTo("10");
        assertThat(facts.monthsSinceLastReading()).isEqualByComparingTo(BigDecimal.valueOf(2).add(
                BigDecimal.valueOf(15).divide(BigDecimal.valueOf(firstOfThisMonth.plusMonths(2).lengthOfMonth()), 2,
                        java.math.RoundingMode.HALF_UP)));
        assertThat(facts.consumptionSince(new BigDecimal("1012.5"))).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("12.5"));
        assertThat(facts.consumptionSince(new BigDecimal("990"))).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-10"));
    }

    @Test
    void theDemoReadingsOfTheMeteredCodeAreTheOnesItsInvoicesBilled() {
        Subscriber metered = subscribers.findById("10000002").orElseThrow();
        List<MeterReading> read = readings.findBySubscriberCodeAndMeterSerialOrderByReadOnAscIdAsc(metered.code(),
                metered.meterSerial()).stream().filter(r -> r.source() == MeterReading.Source.BILLING).toList();
        List<Invoice> billed = invoices.findBySubscriberCodeAndReportYearBetween(metered.code(), 2000, 2999).stream()
                .sorted(java.util.Comparator.comparing(Invoice::reportMonth)).toList();

        assertThat(read).hasSize(billed.size() + 1);
        for (int i = 0; i < billed.size(); i++) {
            assertThat(read.get(i + 1).value().subtract(read.get(i).value())).as(billed.get(i).reportMonth().toString())
                    .isEqualByComparingTo(billed.get(i).consumptionM3());
            assertThat(read.get(i + 1).readOn()).isEqualTo(billed.get(i).reportMonth().atDay(1));
        }
        ReadingFacts facts = history.facts(metered.code(), YearMonth.now(clock).atDay(1));
        assertThat(facts.last().value()).isEqualByComparingTo("1336");
        assertThat(facts.averageMonthlyConsumption()).isEqualByComparingTo("10.667");
    }

    @Test
    void theAverageLooksBackOneYearFromTheLastReadingOnly() {
        Subscriber subscriber = meters.withMeter(CITIZEN, "Yasamal");
        LocalDate last = YearMonth.now(clock).atDay(1);
        // 100 m³ a month two years ago, 6 m³ a month in the last year
        read(subscriber, "0", last.minusMonths(24));
        read(subscriber, "1128", last.minusMonths(12));
        read(subscriber, "1200", last);

        ReadingFacts facts = history.facts(subscriber.code(), last.plusDays(3));

        assertThat(facts.averageMonthlyConsumption()).isEqualByComparingTo("6");
        assertThat(facts.monthsSinceLastReading()).isLessThan(BigDecimal.ONE);
    }

    @Test
    void aShortHistoryGivesTheAverageOfWhatItSpansAndLessThanAMonthGivesNone() {
        Subscriber three = meters.withMeter(CITIZEN, "Yasamal");
        LocalDate last = YearMonth.now(clock).atDay(1);
        read(three, "100", last.minusMonths(3));
        read(three, "121", last);
        Subscriber days = meters.withMeter(CITIZEN, "Yasamal");
        read(days, "100", last.minusDays(10));
        read(days, "104", last);
        Subscriber one = meters.withMeter(CITIZEN, "Yasamal");
        read(one, "55.5", last);

        assertThat(history.facts(three.code(), last).averageMonthlyConsumption()).isEqualByComparingTo("7");
        assertThat(history.facts(days.code(), last).averageMonthlyConsumption()).isNull();
        ReadingFacts single = history.facts(one.code(), last);
        assertThat(single.last().value()).isEqualByComparingTo("55.5");
        assertThat(single.averageMonthlyConsumption()).isNull();
        assertThat(single.monthsSinceLastReading()).isEqualByComparingTo("0");
    }

    @Test
    void aMeterWithoutReadingsHasNoFactsAndACodeWithoutMeterNone() {
        Subscriber fresh = meters.withMeter(CITIZEN, "Yasamal");

        ReadingFacts facts = history.facts(fresh.code(), LocalDate.now(clock));

        assertThat(facts.last()).isNull();
        assertThat(facts.averageMonthlyConsumption()).isNull();
        assertThat(facts.monthsSinceLastReading()).isNull();
        assertThat(facts.consumptionSince(BigDecimal.TEN)).isEmpty();
        Subscriber withoutMeter = meters.withoutMeter(CITIZEN, "Yasamal");
        assertThatThrownBy(() -> history.facts(withoutMeter.code(), LocalDate.now(clock)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> history.record(withoutMeter.code(), BigDecimal.ONE, LocalDate.now(clock),
                MeterReading.Source.CITIZEN, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReadingIsRecordedOncePerCaseAndOncePerMeterDayAndValue() {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 2);
        LocalDate today = LocalDate.now(clock);

        MeterReading first = history.record(subscriber.code(), new BigDecimal("1005.5"), today, MeterReading.Source.CITIZEN, null);
        MeterReading sameAgain = history.record(subscriber.code(), new BigDecimal("1005.500"), today, MeterReading.Source.CITIZEN, null);
        MeterReading corrected = history.record(subscriber.code(), new BigDecimal("1004"), today, MeterReading.Source.EMPLOYEE, null);

        assertThat(sameAgain.value()).isEqualByComparingTo(first.value());
        assertThat(meters.readingsOf(subscriber)).extracting(MeterReading::value).containsExactly(new BigDecimal("980.000"),
                new BigDecimal("990.000"), new BigDecimal("1000.000"), new BigDecimal("1005.500"), new BigDecimal("1004.000"));
        assertThat(corrected.source()).isEqualTo(MeterReading.Source.EMPLOYEE);
        assertThat(history.facts(subscriber.code(), today).last().value()).as("the later of one day's readings")
                .isEqualByComparingTo("1004");
    }

    @Test
    void onlyReadingsAMeterCanShowAreRecorded() {
        Subscriber subscriber = meters.withMeter(CITIZEN, "Yasamal");
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> history.record(subscriber.code(), new BigDecimal("-0.001"), today,
                MeterReading.Source.CITIZEN, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history.record(subscriber.code(), new BigDecimal("1.0001"), today,
                MeterReading.Source.CITIZEN, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(meters.readingsOf(subscriber)).isEmpty();
    }

    @Test
    void theSameReadingArrivingFromSeveralSubmissionsAtOnceIsRecordedOnce() throws Exception {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 2);
        LocalDate today = LocalDate.now(clock);
        ExecutorService submissions = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MeterReading>> recorded = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                recorded.add(submissions.submit(() -> {
                    start.await();
                    return history.record(subscriber.code(), new BigDecimal("1007.25"), today, MeterReading.Source.CITIZEN, null);
                }));
            }
            start.countDown();
            for (Future<MeterReading> reading : recorded) {
                assertThat(reading.get().value()).isEqualByComparingTo("1007.25");
            }
        } finally {
            submissions.shutdownNow();
        }

        assertThat(meters.readingsOf(subscriber)).filteredOn(r -> r.value().compareTo(new BigDecimal("1007.25")) == 0)
                .hasSize(1);
    }

    private void read(Subscriber subscriber, String value, LocalDate on) {
        readings.save(new MeterReading(subscriber.code(), subscriber.meterSerial(), new BigDecimal(value), on,
                MeterReading.Source.BILLING, null, Instant.now(clock)));
    }
}
