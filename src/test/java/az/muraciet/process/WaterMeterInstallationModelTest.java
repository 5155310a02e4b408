package az.muraciet.process;

import static az.muraciet.process.WaterMeterInstallationProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The model alone, on a bare in-memory engine with its beans replaced: quick checks of its gateways and of the
 * routing table inside it, jumping into the middle with {@code startBeforeActivity}. The paths with the real beans
 * are in {@link WaterMeterInstallationProcessTest}.
 */
@Deployment(resources = { "processes/WaterMeterInstallation.bpmn", "processes/DepartmentRouting.dmn" })
class WaterMeterInstallationModelTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    final List<String> called = new ArrayList<>();

    @BeforeEach
    void replaceBeans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("taskDeadlines", new Deadlines());
        Mocks.register("departmentEmployees", new Employees());
        Mocks.register("reserveMeterDelegate", recording("reserveMeter",
                execution -> execution.setVariable(METER_RESERVED, execution.getVariable("stockOnHand"))));
        Mocks.register("registerActDelegate", recording("registerAct", execution -> { }));
        Mocks.register("registerExistingMeterDelegate", recording("registerExistingMeter", execution -> { }));
        Mocks.register("escalateToDepartmentHeadDelegate", recording("escalate", execution -> { }));
        Mocks.register("releaseMeterDelegate", new ReleaseRecorder());
    }

    @AfterEach
    void forgetBeans() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void theRoutingTableInsideTheProcessPicksTheDistrictsDepartment() {
        ProcessInstance instance = startBefore(TASK_DETERMINE_DEPARTMENT, Map.of("district", "Nəsimi"));
        execute(job(instance));

        assertThat(instance).isWaitingAt(TASK_ASSIGN_EXECUTOR);
        assertThat(task(instance)).hasCandidateGroup("azersu-nasimi");
    }

    @Test
    void anEmptyWarehouseEndsInTheNoStockRejection() {
        ProcessInstance instance = startBefore(TASK_RESERVE_METER, Map.of("stockOnHand", false));
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed(END_NO_METER_STOCK).hasNotPassed(TASK_RECORD_VISIT_OUTCOME);
        org.assertj.core.api.Assertions.assertThat(called).containsExactly("reserveMeter", "releaseMeter");
    }

    @Test
    void theVisitOutcomeDecidesTheWay() {
        ProcessInstance existing = startBefore("Gateway_VisitOutcome", Map.of("visitOutcome", "EXISTING_METER"));
        execute(job(existing));
        assertThat(existing).isEnded().hasPassedInOrder(TASK_REGISTER_EXISTING_METER, END_COMPLETED);

        ProcessInstance unsuitable = startBefore("Gateway_VisitOutcome", Map.of("visitOutcome", "UNSUITABLE_LINE"));
        execute(job(unsuitable));
        assertThat(unsuitable).isEnded().hasPassedInOrder(TASK_RELEASE_METER, END_UNSUITABLE_LINE);

        ProcessInstance installed = startBefore("Gateway_VisitOutcome", Map.of("visitOutcome", "INSTALLED"));
        assertThat(installed).isWaitingAt(TASK_DRAW_UP_ACT);
    }

    private ProcessInstance startBefore(String activityId, Map<String, Object> variables) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of("utility", "AZERSU", "serviceCode",
                "WATER_METER_INSTALLATION", "district", "Yasamal", "departmentGroup", "azersu-yasamal", "executor", "rauf"));
        all.putAll(variables);
        return runtimeService().createProcessInstanceByKey(PROCESS_KEY).businessKey("case-1")
                .startBeforeActivity(activityId).setVariables(all).execute();
    }

    private JavaDelegate recording(String name, JavaDelegate behaviour) {
        return execution -> {
            called.add(name);
            behaviour.execute(execution);
        };
    }

    public static class Deadlines {
        public Date dueDate(DelegateExecution execution, String taskId) {
            return new Date(System.currentTimeMillis() + 86_400_000L);
        }
    }

    public static class Employees {
        public TypedValue asOptions(String group) {
            return SpinValues.jsonValue("[{\"label\":\"Rauf\",\"value\":\"rauf\"}]").create();
        }
    }

    class ReleaseRecorder implements JavaDelegate, ExecutionListener {
        @Override
        public void execute(DelegateExecution execution) {
            called.add("releaseMeter");
        }

        @Override
        public void notify(DelegateExecution execution) {
            called.add("releaseMeter");
        }
    }
}
