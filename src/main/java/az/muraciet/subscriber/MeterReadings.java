package az.muraciet.subscriber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeterReadings extends JpaRepository<MeterReading, Long> {

    /** A meter's readings, oldest first (readings of one day in the order they were recorded). */
    List<MeterReading> findBySubscriberCodeAndMeterSerialOrderByReadOnAscIdAsc(String subscriberCode, String meterSerial);

    Optional<MeterReading> findByApplicationId(String applicationId);

    Optional<MeterReading> findBySubscriberCodeAndMeterSerialAndReadOnAndReadingValue(String subscriberCode,
            String meterSerial, LocalDate readOn, BigDecimal readingValue);

    boolean existsBySubscriberCode(String subscriberCode);
}
