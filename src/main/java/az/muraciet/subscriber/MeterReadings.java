package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeterReadings extends JpaRepository<MeterReading, Long> {

    /** A meter's readings, oldest first (readings of one day in the order they were recorded). */
    List<MeterReading> findBySubscriberCodeAndMeterSerialOrderByReadOnAscIdAsc(String subscriberCode, String meterSerial);

    // a query string: Hibernate keeps its translation, a derived query is translated at every call
    @Query("select r from MeterReading r where r.applicationId = :applicationId")
    Optional<MeterReading> findByApplicationId(String applicationId);

    @Query("""
            select r from MeterReading r where r.subscriberCode = :subscriberCode and r.meterSerial = :meterSerial
            and r.readOn = :readOn and r.readingValue = :readingValue""")
    Optional<MeterReading> findBySubscriberCodeAndMeterSerialAndReadOnAndReadingValue(String subscriberCode,
            String meterSerial, LocalDate readOn, BigDecimal readingValue);

    boolean existsBySubscriberCode(String subscriberCode);
}
