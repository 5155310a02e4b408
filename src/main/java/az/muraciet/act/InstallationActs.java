package az.muraciet.act;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Draws up the installation act of a case; the act number follows the case number ({@code AS-2026-000123} → {@code AKT-AS-2026-000123}). */
@Service
public class InstallationActs {

    private final Acts acts;
    private final Clock clock;

    InstallationActs(Acts acts, Clock clock) {
        this.acts = acts;
        this.clock = clock;
    }

    @Transactional
    public Act drawUp(String applicationId, String applicationNumber, LocalDate actDate, String subscriberCode,
            String meterSerial, BigDecimal initialReading, String sealNumber, String executor, String notes) {
        return acts.findByApplicationId(applicationId).orElseGet(() -> acts.save(new Act("AKT-" + applicationNumber,
                applicationId, actDate, subscriberCode, meterSerial, initialReading, sealNumber, executor, notes,
                clock.instant())));
    }
}
