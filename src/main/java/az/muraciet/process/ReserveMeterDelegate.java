package az.muraciet.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import az.muraciet.inventory.MeterStock;

/** Holds a meter from the department's warehouse for the visit; {@code meterReserved} says whether one was there. */
@Component
class ReserveMeterDelegate implements JavaDelegate {

    private final MeterStock stock;

    ReserveMeterDelegate(MeterStock stock) {
        this.stock = stock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean reserved = stock.reserve(execution.getProcessBusinessKey(),
                (String) execution.getVariable(CaseVariables.DEPARTMENT_GROUP));
        execution.setVariable(WaterMeterInstallationProcess.METER_RESERVED, reserved);
    }
}
