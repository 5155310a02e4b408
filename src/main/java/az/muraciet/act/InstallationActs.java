package az.muraciet.act;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws up the installation act of a case and keeps it as PDF with the act; the act number follows the case number
 * ({@code AS-2026-000123} → {@code AKT-AS-2026-000123}).
 */
@Service
public class InstallationActs {

    private final Acts acts;
    private final ActPdf pdf;
    private final Clock clock;

    InstallationActs(Acts acts, ActPdf pdf, Clock clock) {
        this.acts = acts;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional
    public Act drawUp(String applicationId, ActPdf.Parties parties, LocalDate actDate, String subscriberCode,
            String meterSerial, BigDecimal initialReading, String sealNumber, String executor, String notes) {
        return acts.findByApplicationId(applicationId).orElseGet(() -> {
            Act act = new Act("AKT-" + parties.applicationNumber(), applicationId, actDate, subscriberCode, meterSerial,
                    initialReading, sealNumber, executor, notes, clock.instant());
            act.attachPdf(pdf.render(act, parties));
            return acts.save(act);
        });
    }

    /**
     * Draws up the work act of a case (Görülmüş işlər aktı: the work performed, no meter), numbered like an
     * installation act; drawing it up again returns the act already there.
     */
    @Transactional
    public Act drawUpWorkAct(String applicationId, ActPdf.Parties parties, LocalDate actDate, String subscriberCode,
            String workPerformed, String executor, String notes) {
        return acts.findByApplicationId(applicationId).orElseGet(() -> {
            Act act = Act.workAct("AKT-" + parties.applicationNumber(), applicationId, actDate, subscriberCode,
                    workPerformed, executor, notes, clock.instant());
            act.attachPdf(pdf.render(act, parties));
            return acts.save(act);
        });
    }

    /** Whether the case has an act with its PDF, without loading the PDF. */
    @Transactional(readOnly = true)
    public boolean hasPdf(String applicationId) {
        return acts.existsByApplicationIdAndPdfIsNotNull(applicationId);
    }

    /** The act of the case as PDF, for the citizen's portal and the e-mail that reports it. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdfOf(String applicationId) {
        return acts.findByApplicationId(applicationId).map(Act::pdf);
    }
}
