package az.muraciet.process;

import static az.muraciet.process.MeterReadingVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import az.muraciet.casefile.Applications;
import az.muraciet.catalogue.Utility;
import az.muraciet.subscriber.MeterReading;
import az.muraciet.subscriber.MeterReadingHistory;
import az.muraciet.subscriber.MeterReadingHistory.ReadingFacts;

/**
 * Gives the plausibility decision and the review form what a submitted meter reading ({@code reading}) is compared
 * with: the meter's last accepted reading and its day, the consumption since then, the average monthly consumption
 * and the months in between (see {@link MeterReadingVariables}); empty (null) where the meter's history does not tell.
 */
@Component
class MeterReadingFactsDelegate implements JavaDelegate {

    private final MeterReadingHistory history;
    private final Applications applications;
    private final Clock clock;

    MeterReadingFactsDelegate(MeterReadingHistory history, Applications applications, Clock clock) {
        this.history = history;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BigDecimal reading = decimal(execution.getVariable(READING));
        LocalDate readOn = applications.findById(execution.getProcessBusinessKey())
                .map(application -> LocalDate.ofInstant(application.createdAt(), clock.getZone()))
                .orElseGet(() -> LocalDate.now(clock));
        ReadingFacts facts = history.facts((String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE), readOn);
        MeterReading last = facts.last();
        execution.setVariable(METER_SERIAL, facts.meterSerial());
        execution.setVariable(READING_DATE, readOn.toString());
        execution.setVariable(READING_UNIT,
                Utility.valueOf((String) execution.getVariable(CaseVariables.UTILITY)).meterUnit());
        execution.setVariable(LAST_READING, last == null ? null : last.value().doubleValue());
        execution.setVariable(LAST_READING_DATE, last == null ? null : last.readOn().toString());
        execution.setVariable(CONSUMPTION_SINCE_LAST_READING,
                facts.consumptionSince(reading).map(BigDecimal::doubleValue).orElse(null));
        execution.setVariable(AVERAGE_MONTHLY_CONSUMPTION, doubleOrNull(facts.averageMonthlyConsumption()));
        execution.setVariable(MONTHS_SINCE_LAST_READING, doubleOrNull(facts.monthsSinceLastReading()));
    }

    /** A number variable as the form or the API gave it (integer, double, or text) as an exact decimal. */
    static BigDecimal decimal(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("No meter reading given");
        }
        return new BigDecimal(value.toString().strip());
    }

    private static Double doubleOrNull(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
