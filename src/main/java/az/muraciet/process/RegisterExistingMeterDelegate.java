package az.muraciet.process;

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

    RegisterExistingMeterDelegate(MeterStock stock, MeterRegistration meters) {
        this.stock = stock;
        this.meters = meters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meters.registerMeter((String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE),
                (String) execution.getVariable(WaterMeterInstallationProcess.METER_SERIAL));
        stock.release(execution.getProcessBusinessKey());
    }
}
