package az.muraciet.process;

import static az.muraciet.process.NetworkTechnicalServiceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import az.muraciet.act.Acts;
import az.muraciet.act.PdfText;
import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.StatusChange;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.InvalidInputException;

/**
 * Every path of Azərişıq's technical service of networks and equipment on the consumer's balance, driven through
 * the same intake, engine and case record as the water meter service. Together the tests cover every flow node and
 * sequence flow of the model (asserted, and reported under {@code target/process-test-coverage}).
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class NetworkTechnicalServiceProcessTest {

    /** Rəşad's population code in Yasamal: Azərişıq Bakı. */
    static final String YASAMAL_POPULATION = "20000001";
    /** Günel's population code in Abşeron: no routing rule. */
    static final String ABSHERON_NO_RULE = "20000002";
    /** Tural's non-population main code in Nəsimi, with metering points 300000010001 and 300000010002. */
    static final String NON_POPULATION_MAIN_CODE = "30000001";

    @Autowired CaseScenarios cases;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Applications applications;
    @Autowired Acts acts;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void workIsDoneTheWorkActDrawnUpAndTheCaseCompleted() {
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.networkService(YASAMAL_POPULATION));
        ProcessInstance instance = cases.instance(id);
        assertThat(instance.getProcessDefinitionId()).startsWith(PROCESS_KEY + ":");
        BpmnAwareTests.assertThat(instance).isWaitingAt(GATEWAY_AWAIT_CONFIRMATION);

        String number = cases.confirm(DemoCitizens.RASHAD, id);
        assertThat(number).matches("AE-\\d{4}-\\d{6}");
        cases.runDueJobs();
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_ASSIGN_EXECUTOR);
        Task assign = cases.task(id, TASK_ASSIGN_EXECUTOR);
        BpmnAwareTests.assertThat(assign).hasCandidateGroup("azerishiq-baki");
        assertThat(tasks.getVariable(assign.getId(), "executorOptions").toString()).contains("\"orxan\"", "\"sabina\"");

        cases.assignExecutor(id, "orxan");
        BpmnAwareTests.assertThat(cases.task(id, TASK_RECORD_WORK_OUTCOME)).isAssignedTo("orxan");
        recordOutcome(id, "DONE");
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_DRAW_UP_WORK_ACT);
        drawUpWorkAct(id);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, "Event_ApplicationConfirmed",
                "Event_Registered", TASK_DETERMINE_DEPARTMENT, "Event_Forwarded", TASK_ASSIGN_EXECUTOR,
                "Event_ExecutorAssigned", TASK_RECORD_WORK_OUTCOME, "Gateway_WorkOutcome", TASK_DRAW_UP_WORK_ACT,
                TASK_REGISTER_WORK_ACT, "Event_ActDrawnUp", END_COMPLETED);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED",
                "ACT_DRAWN_UP", "COMPLETED");
        assertThat(acts.findByApplicationId(id)).hasValueSatisfying(act -> {
            assertThat(act.number()).isEqualTo("AKT-" + number);
            assertThat(act.isWorkAct()).isTrue();
            assertThat(act.meterSerial()).isNull();
            assertThat(act.workPerformed()).isEqualTo("Paylayıcı şkafda avtomat açar dəyişdirildi");
            assertThat(act.executor()).isEqualTo("orxan");
            assertThat(PdfText.of(act.pdf())).contains("GÖRÜLMÜŞ İŞLƏR AKTI", "Azərişıq ASC", act.number(),
                    "Rəşad Əliyev", "Orxan Kərimov (orxan)", "Paylayıcı şkafda avtomat açar dəyişdirildi")
                    .doesNotContain("Sayğacın seriya nömrəsi");
        });
    }

    @Test
    void aNonPopulationSubscriberAppliesForAMeteringPointOfTheMainCode() {
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.networkService(NON_POPULATION_MAIN_CODE, "300000010002"));
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();

        assertThat(runtime.getVariable(cases.instance(id).getId(), "meteringPoint")).isEqualTo("300000010002");
        assertThat(runtime.getVariable(cases.instance(id).getId(), "subscriberType")).isEqualTo("NON_POPULATION");
        BpmnAwareTests.assertThat(cases.task(id, TASK_ASSIGN_EXECUTOR)).hasCandidateGroup("azerishiq-baki");
    }

    @Test
    void aMeteringPointOfAnotherCodeOrNoneAtAllIsRefusedAndNothingStored() {
        long before = applications.count();

        assertThatThrownBy(() -> cases.submit(DemoCitizens.TURAL,
                TestApplications.networkService(NON_POPULATION_MAIN_CODE, "999999999999")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("data.meteringPoint", "notOfSubscriber")));
        assertThatThrownBy(() -> cases.submit(DemoCitizens.TURAL,
                TestApplications.networkService(NON_POPULATION_MAIN_CODE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("data.meteringPoint"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void equipmentNotOnTheConsumersBalanceRejectsWithThatReason() {
        String id = registeredAndAssigned(DemoCitizens.RASHAD, YASAMAL_POPULATION, "sabina");

        recordOutcome(id, "NOT_ON_CONSUMER_BALANCE");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_ON_CONSUMER_BALANCE)
                .hasNotPassed(TASK_DRAW_UP_WORK_ACT);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("NOT_ON_CONSUMER_BALANCE");
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "REJECTED");
        assertThat(acts.findByApplicationId(id)).isEmpty();
    }

    @Test
    void noAccessToTheEquipmentRejectsWithThatReason() {
        String id = registeredAndAssigned(DemoCitizens.RASHAD, YASAMAL_POPULATION, "orxan");

        recordOutcome(id, "NO_ACCESS");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NO_ACCESS);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("NO_ACCESS");
    }

    @Test
    void applicationNeverConfirmedIsCancelledWhenTheConfirmationTimeRunsOut() {
        Instant submittedAt = Instant.now();
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.networkService(YASAMAL_POPULATION));
        var timer = cases.timer(id, EVENT_CONFIRMATION_TIMED_OUT);
        assertThat(Duration.between(submittedAt, timer.getDuedate().toInstant()).toMinutes())
                .isCloseTo(24 * 60, within(1L));

        management.executeJob(timer.getId());

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_CONFIRMED);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("CANCELLED");
        assertThat(application.statusReason()).isEqualTo("NOT_CONFIRMED");
        assertThat(application.number()).isNull();
    }

    @Test
    void citizenWithdrawsBeforeConfirming() {
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.networkService(YASAMAL_POPULATION));

        cases.cancel(DemoCitizens.RASHAD, id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "CANCELLED");
        assertThat(applications.findById(id).orElseThrow().statusReason()).isEqualTo("WITHDRAWN");
    }

    @Test
    void districtWithoutAnAzerishiqRuleGoesToTheCentralDispatch() {
        String id = cases.submit(DemoCitizens.GUNEL, TestApplications.networkService(ABSHERON_NO_RULE));
        cases.confirm(DemoCitizens.GUNEL, id);
        cases.runDueJobs();

        BpmnAwareTests.assertThat(cases.task(id, TASK_ASSIGN_EXECUTOR)).hasCandidateGroup("central-dispatch");
        assertThat(runtime.createIncidentQuery().processInstanceId(cases.instance(id).getId()).count()).isZero();
    }

    @Test
    void everyOverdueTaskEscalatesToTheDepartmentHead() {
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.networkService(YASAMAL_POPULATION));
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        Task assign = cases.task(id, TASK_ASSIGN_EXECUTOR);
        assertThat(Duration.between(Instant.now(), assign.getDueDate().toInstant()).toHours()).isBetween(23L, 24L);

        escalate(id, BOUNDARY_ASSIGN_EXECUTOR_OVERDUE, TASK_ASSIGN_EXECUTOR);
        cases.assignExecutor(id, "orxan");
        Task record = cases.task(id, TASK_RECORD_WORK_OUTCOME);
        assertThat(Duration.between(Instant.now(), record.getDueDate().toInstant()).toDays()).isBetween(4L, 5L);
        escalate(id, BOUNDARY_WORK_OUTCOME_OVERDUE, TASK_RECORD_WORK_OUTCOME);
        recordOutcome(id, "DONE");
        escalate(id, BOUNDARY_DRAW_UP_WORK_ACT_OVERDUE, TASK_DRAW_UP_WORK_ACT);
        drawUpWorkAct(id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed("Task_EscalateAssignExecutor",
                "Task_EscalateRecordWorkOutcome", "Task_EscalateDrawUpWorkAct", "EndEvent_AssignExecutorEscalated",
                "EndEvent_RecordWorkOutcomeEscalated", "EndEvent_DrawUpWorkActEscalated", END_COMPLETED);
    }

    private void recordOutcome(String id, String outcome) {
        cases.complete(id, TASK_RECORD_WORK_OUTCOME, Map.of(WORK_OUTCOME, outcome,
                "workNotes", "Baxış keçirildi"));
    }

    private void drawUpWorkAct(String id) {
        cases.complete(id, TASK_DRAW_UP_WORK_ACT, Map.of("actDate", LocalDate.now().toString(),
                WORK_PERFORMED, "Paylayıcı şkafda avtomat açar dəyişdirildi", "actNotes", "Abonentin iştirakı ilə",
                "subscriberAcknowledged", true));
    }

    private void escalate(String id, String boundaryEvent, String taskKey) {
        management.executeJob(cases.timer(id, boundaryEvent).getId());
        Task task = cases.task(id, taskKey);
        assertThat(task).as("an overdue task stays where it is").isNotNull();
        assertThat(task.getPriority()).isEqualTo(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("azerishiq-baki", "azerishiq-baki-head");
    }

    private String registeredAndAssigned(String fin, String subscriberCode, String executor) {
        String id = cases.submit(fin, TestApplications.networkService(subscriberCode));
        cases.confirm(fin, id);
        cases.runDueJobs();
        cases.assignExecutor(id, executor);
        return id;
    }



    private List<String> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(
                tx -> applications.findById(id).orElseThrow().history().stream().map(StatusChange::status).toList());
    }
}
