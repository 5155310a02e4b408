package az.muraciet.process;

import static az.muraciet.process.WaterMeterInstallationProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import az.muraciet.act.Act;
import az.muraciet.act.InstallationActs;
import az.muraciet.inventory.MeterStock;
import az.muraciet.subscriber.MeterRegistration;

/** Files the installation act, takes the reserved meter out of stock and gives the subscriber the new meter. */
@Component
class RegisterActDelegate implements JavaDelegate {

    private final InstallationActs acts;
    private final MeterStock stock;
    private final MeterRegistration meters;

    RegisterActDelegate(InstallationActs acts, MeterStock stock, MeterRegistration meters) {
        this.acts = acts;
        this.stock = stock;
        this.meters = meters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = execution.getProcessBusinessKey();
        String subscriberCode = (String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE);
        String meterSerial = (String) execution.getVariable(METER_SERIAL);
        Act act = acts.drawUp(applicationId, (String) execution.getVariable(CaseVariables.APPLICATION_NUMBER),
                LocalDate.parse(execution.getVariable(ACT_DATE).toString().substring(0, 10)), subscriberCode, meterSerial,
                new BigDecimal(execution.getVariable(INITIAL_READING).toString()),
                (String) execution.getVariable(SEAL_NUMBER), (String) execution.getVariable(CaseVariables.EXECUTOR),
                (String) execution.getVariable(ACT_NOTES));
        stock.use(applicationId);
        meters.registerMeter(subscriberCode, meterSerial);
        execution.setVariable(ACT_NUMBER, act.number());
    }
}
