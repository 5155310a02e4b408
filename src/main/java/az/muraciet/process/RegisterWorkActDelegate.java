package az.muraciet.process;

import static az.muraciet.process.NetworkTechnicalServiceProcess.WORK_PERFORMED;
import static az.muraciet.process.WaterMeterInstallationProcess.ACT_DATE;
import static az.muraciet.process.WaterMeterInstallationProcess.ACT_NOTES;
import static az.muraciet.process.WaterMeterInstallationProcess.ACT_NUMBER;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

import az.muraciet.act.Act;
import az.muraciet.act.ActPdf;
import az.muraciet.act.InstallationActs;
import az.muraciet.catalogue.Utility;
import az.muraciet.routing.Departments;

/**
 * Files the work act of a case (Görülmüş işlər aktı, with its PDF) from the draw-up-work-act form: the work performed
 * instead of a meter, under the case's utility.
 */
@Component
class RegisterWorkActDelegate implements JavaDelegate {

    private final InstallationActs acts;
    private final Departments departments;

    RegisterWorkActDelegate(InstallationActs acts, Departments departments) {
        this.acts = acts;
        this.departments = departments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String executor = (String) execution.getVariable(CaseVariables.EXECUTOR);
        ActPdf.Parties parties = new ActPdf.Parties((String) execution.getVariable(CaseVariables.APPLICATION_NUMBER),
                (String) execution.getVariable(CaseVariables.APPLICANT_NAME),
                (String) execution.getVariable(CaseVariables.ADDRESS), nameOf(executor),
                Utility.valueOf((String) execution.getVariable(CaseVariables.UTILITY)).displayName());
        Act act = acts.drawUpWorkAct(execution.getProcessBusinessKey(), parties,
                LocalDate.parse(execution.getVariable(ACT_DATE).toString().substring(0, 10)),
                (String) execution.getVariable(CaseVariables.SUBSCRIBER_CODE),
                (String) execution.getVariable(WORK_PERFORMED), executor, (String) execution.getVariable(ACT_NOTES));
        execution.setVariable(ACT_NUMBER, act.number());
    }

    private String nameOf(String executor) {
        // the employee drawing up the act may not read the user directory; the act must still name the executor
        return Context.getCommandContext().runWithoutAuthorization(() -> departments.employee(executor)).name();
    }
}
