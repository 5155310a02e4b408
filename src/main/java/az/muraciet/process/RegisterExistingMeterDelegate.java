package az.muraciet.process;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import az.muraciet.inventory.MeterStock;
import az.muraciet.subscriber.MeterRegistration;

/** The subscriber already has a meter installed to the norms: register it and give the reserved meter back. */
@Component
class RegisterExistingMeterDelegate implements JavaDelegate {

    private final MeterStock stock;
    private final MeterRegistration meters;
    private final Clock clock;

    RegisterExistingMeterDelegate(MeterStock stock, MeterRegistration meters, Clock clock) {
        this.stock = stock;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the reading found at the visit starts the meter's reading history
        meters.registerMeter((String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE),
                (String) execution.getVariable(WaterMeterInstallationProcess.METER_SERIAL),
                new BigDecimal(execution.getVariable(WaterMeterInstallationProcess.INITIAL_READING).toString()),
                LocalDate.now(clock), execution.getProcessBusinessKey());
        stock.release(execution.getProcessBusinessKey());
    }
}
