package az.muraciet.process;

import static az.muraciet.process.WaterMeterInstallationProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import az.muraciet.act.Act;
import az.muraciet.act.ActPdf;
import az.muraciet.act.InstallationActs;
import az.muraciet.inventory.MeterStock;
import az.muraciet.routing.Departments;
import az.muraciet.subscriber.MeterRegistration;

/** Files the installation act (with its PDF), takes the reserved meter out of stock and gives the subscriber the new meter. */
@Component
class RegisterActDelegate implements JavaDelegate {

    private final InstallationActs acts;
    private final MeterStock stock;
    private final MeterRegistration meters;
    private final Departments departments;

    RegisterActDelegate(InstallationActs acts, MeterStock stock, MeterRegistration meters, Departments departments) {
        this.acts = acts;
        this.stock = stock;
        this.meters = meters;
        this.departments = departments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationId = execution.getProcessBusinessKey();
        String subscriberCode = (String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE);
        String meterSerial = (String) execution.getVariable(METER_SERIAL);
        String executor = (String) execution.getVariable(CaseVariables.EXECUTOR);
        ActPdf.Parties parties = new ActPdf.Parties((String) execution.getVariable(CaseVariables.APPLICATION_NUMBER),
                (String) execution.getVariable(CaseVariables.APPLICANT_NAME),
                (String) execution.getVariable(CaseVariables.ADDRESS), nameOf(executor));
        LocalDate actDate = LocalDate.parse(execution.getVariable(ACT_DATE).toString().substring(0, 10));
        BigDecimal initialReading = new BigDecimal(execution.getVariable(INITIAL_READING).toString());
        Act act = acts.drawUp(applicationId, parties, actDate, subscriberCode, meterSerial, initialReading,
                (String) execution.getVariable(SEAL_NUMBER), executor, (String) execution.getVariable(ACT_NOTES));
        stock.use(applicationId);
        // the act's initial reading starts the meter's reading history
        meters.registerMeter(subscriberCode, meterSerial, initialReading, actDate, applicationId);
        execution.setVariable(ACT_NUMBER, act.number());
    }

    private String nameOf(String executor) {
        // the employee drawing up the act may not read the user directory; the act must still name the executor
        return Context.getCommandContext().runWithoutAuthorization(() -> departments.employee(executor)).name();
    }
}
