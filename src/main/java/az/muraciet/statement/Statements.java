package az.muraciet.statement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import az.muraciet.catalogue.Utility;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.Invoice;
import az.muraciet.subscriber.Invoices;
import az.muraciet.subscriber.Payment;
import az.muraciet.subscriber.Payments;
import az.muraciet.subscriber.Subscriber;
import jakarta.persistence.PersistenceException;

/**
 * Azərsu's "Son 12 ay üzrə faktura və ödəniş məlumatlarının verilməsi": a citizen's statement for one of the
 * subscriber codes linked to their profile, issued today (Asia/Baku). Everything is read in one read-only
 * transaction with a time limit ({@code muraciet.statements.billing-timeout}, applied to every query), and the
 * statement is complete before anyone sees it: if billing cannot be read, there is no statement at all.
 */
@Service
public class Statements {

    private static final Logger log = LoggerFactory.getLogger(Statements.class);
    /** Subscriber codes are digits; anything else cannot be one, and is not looked up. */
    private static final Pattern CODE = Pattern.compile("[0-9]{1,16}");

    private final LinkedSubscribers linkedSubscribers;
    private final CitizenAccounts citizens;
    private final Invoices invoices;
    private final Payments payments;
    private final Clock clock;
    private final TransactionTemplate billingRead;

    Statements(LinkedSubscribers linkedSubscribers, CitizenAccounts citizens, Invoices invoices, Payments payments,
            Clock clock, PlatformTransactionManager transactions,
            @Value("${muraciet.statements.billing-timeout}") Duration billingTimeout) {
        this.linkedSubscribers = linkedSubscribers;
        this.citizens = citizens;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
        this.billingRead = new TransactionTemplate(transactions);
        this.billingRead.setReadOnly(true);
        this.billingRead.setTimeout((int) Math.max(1, billingTimeout.toSeconds()));
    }

    /** The Azərsu subscriber codes linked to the citizen's profile: the ones a statement can be issued for. */
    public List<Subscriber> subscribersOf(String fin) {
        return linkedSubscribers.of(fin, Utility.AZERSU);
    }

    /**
     * @throws NotFoundException when the code is not one of the citizen's linked Azərsu codes (unknown, someone
     *         else's, or theirs but not linked: the same answer for all)
     * @throws StatementUnavailableException when billing cannot be read now
     */
    public TwelveMonthStatement issue(String fin, String subscriberCode) {
        return issue(fin, subscriberCode, LocalDate.now(clock));
    }

    TwelveMonthStatement issue(String fin, String subscriberCode, LocalDate issuedOn) {
        if (subscriberCode == null || !CODE.matcher(subscriberCode).matches()) {
            throw notFound();
        }
        try {
            return billingRead.execute(status -> assemble(fin, subscriberCode, issuedOn));
        } catch (DataAccessException | TransactionException | PersistenceException e) {
            log.warn("Statement refused, billing data unavailable: {}", rootMessage(e));
            throw new StatementUnavailableException(e);
        }
    }

    private TwelveMonthStatement assemble(String fin, String code, LocalDate issuedOn) {
        Subscriber subscriber = subscribersOf(fin).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(Statements::notFound);
        TwelveMonthStatement.Header header = new TwelveMonthStatement.Header(code, nameOf(fin, subscriber),
                subscriber.address(), subscriber.personsServed(), subscriber.serviceType(), subscriber.meterType());
        LocalDate from = issuedOn.withDayOfMonth(1).minusMonths(TwelveMonthStatement.MONTHS - 1);
        List<Invoice> billed = invoices.findBySubscriberCodeAndReportYearBetween(code, from.getYear(), issuedOn.getYear());
        List<Payment> paid = payments.findBySubscriberCodeAndPaidOnBetweenOrderByPaidOn(code, from, issuedOn);
        return TwelveMonthStatement.of(header, issuedOn, billed, paid);
    }

    /**
     * Adı, soyadı, ata adı. A linked code is the citizen's own (the registry says so), so the person registry's full
     * name, patronymic included, is the subscriber's; the billing registry's name when the citizen has no record.
     */
    private String nameOf(String fin, Subscriber subscriber) {
        return citizens.findById(fin)
                .map(c -> String.join(" ", c.firstName(), c.lastName(), c.patronymic() == null ? "" : c.patronymic())
                        .strip())
                .orElse(subscriber.fullName());
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Bu abonent kodu üzrə arayış yoxdur / No statement for this subscriber code");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + ": " + message;
    }
}
