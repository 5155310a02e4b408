package az.muraciet.process;

import static az.muraciet.process.WaterMeterInstallationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import az.muraciet.act.Acts;
import az.muraciet.act.PdfText;
import az.muraciet.casefile.Application;
import az.muraciet.casefile.ApplicationStatusChanged;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.StatusChange;
import az.muraciet.inventory.MeterReservation;
import az.muraciet.inventory.MeterStock;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.Subscribers;

/**
 * Every path of the water meter installation process, driven through the real intake, engine, stock and case
 * record. Together the tests cover every flow node and sequence flow of the model (asserted, and reported under
 * {@code target/process-test-coverage}).
 */
@SpringBootTest
@RecordApplicationEvents
@Import(FullProcessCoverage.class)
class WaterMeterInstallationProcessTest {

    static final String YASAMAL_NO_METER = "10000001";
    static final String NASIMI_WITH_METER = "10000002";
    static final String XATAI_NO_RULE = "10000003";

    @Autowired CaseScenarios cases;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired MeterStock stock;
    @Autowired Applications applications;
    @Autowired Acts acts;
    @Autowired Subscribers subscribers;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        stock.setAvailable("azersu-yasamal", 5);
        stock.setAvailable("azersu-nasimi", 0);
        stock.setAvailable("central-dispatch", 3);
    }

    @Autowired az.muraciet.subscriber.MeterReadingHistory meterReadings;

    @Test
    void meterIsInstalledAndTheActDrawnUp() {
        String id = cases.submit(DemoCitizens.RASHAD, YASAMAL_NO_METER);
        ProcessInstance instance = cases.instance(id);
        BpmnAwareTests.assertThat(instance).isWaitingAt(GATEWAY_AWAIT_CONFIRMATION);

        String number = cases.confirm(DemoCitizens.RASHAD, id);
        assertThat(number).matches("AS-\\d{4}-\\d{6}");
        assertThat(statusOf(id)).isEqualTo("REGISTERED");

        cases.runDueJobs();
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_ASSIGN_EXECUTOR);
        assertThat(statusOf(id)).isEqualTo("FORWARDED");
        Task assign = cases.task(id, TASK_ASSIGN_EXECUTOR);
        BpmnAwareTests.assertThat(assign).hasCandidateGroup("azersu-yasamal");
        assertThat(tasks.getVariable(assign.getId(), "executorOptions").toString()).contains("\"rauf\"", "\"nigar\"");
        assertThat(tasks.getVariable(assign.getId(), CaseVariables.APPLICATION_NUMBER)).isEqualTo(number);

        cases.assignExecutor(id, "rauf");
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_VISIT_OUTCOME);
        BpmnAwareTests.assertThat(cases.task(id, TASK_RECORD_VISIT_OUTCOME)).isAssignedTo("rauf");
        assertThat(statusOf(id)).isEqualTo("EXECUTOR_ASSIGNED");
        assertThat(stock.available("azersu-yasamal")).isEqualTo(4);
        assertThat(stock.reservationOf(id)).contains(MeterReservation.State.RESERVED);

        cases.recordInstalled(id);
        BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_DRAW_UP_ACT);
        cases.drawUpAct(id);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, "Event_ApplicationConfirmed",
                "Event_Registered", TASK_DETERMINE_DEPARTMENT, "Event_Forwarded", TASK_ASSIGN_EXECUTOR,
                "Event_ExecutorAssigned", TASK_RESERVE_METER, TASK_RECORD_VISIT_OUTCOME, TASK_DRAW_UP_ACT,
                TASK_REGISTER_ACT, "Event_ActDrawnUp", END_COMPLETED);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED",
                "ACT_DRAWN_UP", "COMPLETED");
        assertThat(acts.findByApplicationId(id)).hasValueSatisfying(act -> {
            assertThat(act.number()).isEqualTo("AKT-" + number);
            assertThat(act.meterSerial()).isEqualTo("AZ-2026-0001");
            assertThat(act.sealNumber()).isEqualTo("PL-5501");
            assertThat(act.executor()).isEqualTo("rauf");
            assertThat(PdfText.of(act.pdf())).contains(act.number(), "Rəşad Əliyev", "Rauf Quliyev (rauf)");
        });
        assertThat(stock.reservationOf(id)).contains(MeterReservation.State.USED);
        assertThat(stock.available("azersu-yasamal")).isEqualTo(4);
        assertThat(subscribers.findById(YASAMAL_NO_METER).orElseThrow().meterSerial()).isEqualTo("AZ-2026-0001");
        assertThat(meterReadings.facts(YASAMAL_NO_METER, java.time.LocalDate.now()).last())
                .as("the act's initial reading starts the meter's history")
                .satisfies(reading -> assertThat(reading.value()).isEqualByComparingTo("0"))
                .extracting(az.muraciet.subscriber.MeterReading::source)
                .isEqualTo(az.muraciet.subscriber.MeterReading.Source.INSTALLATION);
        assertThat(events.stream(ApplicationStatusChanged.class).filter(e -> e.applicationId().equals(id)))
                .as("one event per status transition").extracting(ApplicationStatusChanged::status)
                .containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "ACT_DRAWN_UP", "COMPLETED");
    }

    @Test
    void existingMeterInstalledToTheNormsIsRegisteredInstead() {
        String id = registeredAndAssigned(DemoCitizens.RASHAD, YASAMAL_NO_METER, "nigar");

        cases.complete(id, TASK_RECORD_VISIT_OUTCOME, Map.of("visitOutcome", "EXISTING_METER",
                "meterSerial", "AZ-2015-4411", "initialReading", 312.5, "sealNumber", "PL-0042"));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(TASK_REGISTER_EXISTING_METER, END_COMPLETED)
                .hasNotPassed(TASK_DRAW_UP_ACT);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "COMPLETED");
        assertThat(subscribers.findById(YASAMAL_NO_METER).orElseThrow().meterSerial()).isEqualTo("AZ-2015-4411");
        assertThat(meterReadings.facts(YASAMAL_NO_METER, java.time.LocalDate.now()).last().value())
                .as("the reading found at the visit starts the meter's history").isEqualByComparingTo("312.5");
        assertThat(stock.reservationOf(id)).contains(MeterReservation.State.RELEASED);
        assertThat(stock.available("azersu-yasamal")).isEqualTo(5);
        assertThat(acts.findByApplicationId(id)).isEmpty();
    }

    @Test
    void noMeterInStockRejectsWithThatReason() {
        String id = registeredAndAssigned(DemoCitizens.RASHAD, NASIMI_WITH_METER, "aysel");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NO_METER_STOCK);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("NO_METER_STOCK");
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "REJECTED");
        assertThat(stock.available("azersu-nasimi")).isZero();
        assertThat(stock.reservationOf(id)).isEmpty();
    }

    @Test
    void unsuitableWaterLineRejectsAndReturnsTheReservedMeter() {
        String id = registeredAndAssigned(DemoCitizens.RASHAD, YASAMAL_NO_METER, "rauf");
        assertThat(stock.available("azersu-yasamal")).isEqualTo(4);

        cases.complete(id, TASK_RECORD_VISIT_OUTCOME, Map.of("visitOutcome", "UNSUITABLE_LINE",
                "visitNotes", "Xətt köhnədir, sayğac qoymaq mümkün deyil"));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(TASK_RELEASE_METER, END_UNSUITABLE_LINE);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("UNSUITABLE_WATER_LINE");
        assertThat(stock.available("azersu-yasamal")).isEqualTo(5);
        assertThat(stock.reservationOf(id)).contains(MeterReservation.State.RELEASED);
    }

    @Test
    void applicationNeverConfirmedIsCancelledWhenTheConfirmationTimeRunsOut() {
        Instant submittedAt = Instant.now();
        String id = cases.submit(DemoCitizens.RASHAD, YASAMAL_NO_METER);
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
        String id = cases.submit(DemoCitizens.RASHAD, YASAMAL_NO_METER);

        cases.cancel(DemoCitizens.RASHAD, id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "CANCELLED");
        assertThat(applications.findById(id).orElseThrow().statusReason()).isEqualTo("WITHDRAWN");
    }

    @Test
    void districtWithoutARoutingRuleGoesToTheCentralDispatch() {
        String id = cases.submit(DemoCitizens.GUNEL, XATAI_NO_RULE);
        cases.confirm(DemoCitizens.GUNEL, id);
        cases.runDueJobs();

        BpmnAwareTests.assertThat(cases.instance(id)).isWaitingAt(TASK_ASSIGN_EXECUTOR);
        BpmnAwareTests.assertThat(cases.task(id, TASK_ASSIGN_EXECUTOR)).hasCandidateGroup("central-dispatch");
        assertThat(runtime.createIncidentQuery().processInstanceId(cases.instance(id).getId()).count()).isZero();
    }

    @Test
    void everyOverdueTaskEscalatesToTheDepartmentHead() {
        String id = cases.submit(DemoCitizens.RASHAD, YASAMAL_NO_METER);
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        Task assign = cases.task(id, TASK_ASSIGN_EXECUTOR);
        assertThat(Duration.between(Instant.now(), assign.getDueDate().toInstant()).toHours()).isBetween(23L, 24L);

        escalate(id, BOUNDARY_ASSIGN_EXECUTOR_OVERDUE, TASK_ASSIGN_EXECUTOR);
        cases.assignExecutor(id, "rauf");
        escalate(id, BOUNDARY_VISIT_OUTCOME_OVERDUE, TASK_RECORD_VISIT_OUTCOME);
        cases.recordInstalled(id);
        escalate(id, BOUNDARY_DRAW_UP_ACT_OVERDUE, TASK_DRAW_UP_ACT);
        cases.drawUpAct(id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed("Task_EscalateAssignExecutor",
                "Task_EscalateRecordVisitOutcome", "Task_EscalateDrawUpAct", END_COMPLETED);
    }

    private void escalate(String id, String boundaryEvent, String taskKey) {
        management.executeJob(cases.timer(id, boundaryEvent).getId());
        Task task = cases.task(id, taskKey);
        assertThat(task).as("an overdue task stays where it is").isNotNull();
        assertThat(task.getPriority()).isEqualTo(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("azersu-yasamal", "azersu-yasamal-head");
    }

    private String registeredAndAssigned(String fin, String subscriberCode, String executor) {
        String id = cases.submit(fin, subscriberCode);
        cases.confirm(fin, id);
        cases.runDueJobs();
        cases.assignExecutor(id, executor);
        return id;
    }

    /** Known from submission on, so that an ended instance can still be asserted on. */


    private String statusOf(String id) {
        return applications.findById(id).orElseThrow().status();
    }

    private List<String> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(
                tx -> applications.findById(id).orElseThrow().history().stream().map(StatusChange::status).toList());
    }
}
