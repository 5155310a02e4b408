package az.muraciet.subscriber;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Payments extends JpaRepository<Payment, Long> {

    /** A subscriber's payments made from {@code from} to {@code to}, both days included, oldest first. */
    List<Payment> findBySubscriberCodeAndPaidOnBetweenOrderByPaidOn(String subscriberCode, LocalDate from, LocalDate to);
}
