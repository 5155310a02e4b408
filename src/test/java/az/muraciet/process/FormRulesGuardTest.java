package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import az.muraciet.inventory.MeterStock;
import az.muraciet.security.DemoCitizens;

/** A task completion that breaks its form's rules changes nothing, whoever sends it. */
@SpringBootTest
class FormRulesGuardTest {

    @Autowired CaseScenarios cases;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired MeterStock stock;

    @Test
    void aVariableTheFormDoesNotHaveIsRefused() {
        String id = forwardedCase();
        String task = cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();

        assertThatThrownBy(() -> tasks.complete(task, Map.of("executor", "rauf", "departmentGroup", "azersu-nasimi")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("departmentGroup");

        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
        assertThat(runtime.getVariable(cases.processInstanceOf(id), CaseVariables.DEPARTMENT_GROUP)).isEqualTo("azersu-yasamal");
        assertThat(runtime.getVariable(cases.processInstanceOf(id), CaseVariables.EXECUTOR)).isNull();
    }

    @Test
    void aReadOnlyFieldOfTheFormCannotBeOverwritten() {
        String id = forwardedCase();
        String task = cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();
        Object number = runtime.getVariable(cases.processInstanceOf(id), CaseVariables.APPLICATION_NUMBER);

        assertThatThrownBy(() -> tasks.complete(task, Map.of("executor", "rauf", "applicationNumber", "AS-2026-999999")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("applicationNumber");

        assertThat(runtime.getVariable(cases.processInstanceOf(id), CaseVariables.APPLICATION_NUMBER)).isEqualTo(number);
    }

    @Test
    void aVisitRecordedAsInstalledWithoutTheMeterSerialIsRefused() {
        String id = forwardedCase();
        cases.assignExecutor(id, "rauf");
        String task = cases.task(id, WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME).getId();

        assertThatThrownBy(() -> tasks.complete(task, Map.of("visitOutcome", "INSTALLED", "initialReading", 0,
                "sealNumber", "PL-1"))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("meterSerial");

        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void theFormsOwnFieldsPass() {
        String id = forwardedCase();

        cases.complete(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR, Map.of("executor", "rauf",
                "assignmentNote", "Sabah səhər"));

        assertThat(cases.task(id, WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME).getAssignee()).isEqualTo("rauf");
    }

    private String forwardedCase() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        return id;
    }
}
