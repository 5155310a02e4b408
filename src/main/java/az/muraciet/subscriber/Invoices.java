package az.muraciet.subscriber;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Invoices extends JpaRepository<Invoice, Long> {

    /** A subscriber's invoices of the report years {@code fromYear} to {@code toYear}; callers narrow to the months. */
    List<Invoice> findBySubscriberCodeAndReportYearBetween(String subscriberCode, int fromYear, int toYear);
}
