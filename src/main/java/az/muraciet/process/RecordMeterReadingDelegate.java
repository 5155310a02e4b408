package az.muraciet.process;

import static az.muraciet.process.MeterReadingVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import az.muraciet.subscriber.MeterReading;
import az.muraciet.subscriber.MeterReadingHistory;

/**
 * Records an accepted meter reading in the meter's history: the value of the input parameter {@code readingToRecord}
 * (e.g. {@code ${reading}} as submitted, or {@code ${correctedReading}} as an employee corrected it), given by
 * {@code readingSource} ({@code CITIZEN}, {@code EMPLOYEE}), on the day it was given. Sets {@code acceptedReading}.
 * Running it again for the case, or for the same reading submitted twice, records nothing new.
 */
@Component
class RecordMeterReadingDelegate implements JavaDelegate {

    private final MeterReadingHistory history;

    RecordMeterReadingDelegate(MeterReadingHistory history) {
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeterReading recorded = history.record((String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE),
                MeterReadingFactsDelegate.decimal(execution.getVariable(READING_TO_RECORD)),
                LocalDate.parse((String) execution.getVariable(READING_DATE)),
                MeterReading.Source.valueOf((String) execution.getVariable(READING_SOURCE)),
                execution.getProcessBusinessKey());
        execution.setVariable(ACCEPTED_READING, recorded.shown());
    }
}
