package az.muraciet.process;

import static az.muraciet.process.WaterSupplySuspensionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.StatusChange;
import az.muraciet.intake.CitizenActions;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.MeteredSubscribers;
import az.muraciet.shared.ConflictException;
import az.muraciet.shared.InvalidInputException;
import az.muraciet.shared.NotFoundException;

/**
 * Every path of Azərsu's temporary suspension and restoration of the water supply, through the real intake, engine,
 * citizen actions and case record: the wait until the suspension date, sealing or refusing, the wait for the
 * citizen's restoration request and unsealing. Together the tests cover every flow node and sequence flow of the model
 * (asserted, and reported under {@code target/process-test-coverage}).
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class WaterSupplySuspensionProcessTest {

    /** Rəşad's code in Nəsimi, with an active meter: the service is not for it. */
    static final String NASIMI_WITH_METER = "10000002";
    static final ZoneId BAKU = ZoneId.of("Asia/Baku");

    @Autowired CaseScenarios cases;
    @Autowired MeteredSubscribers testSubscribers;
    @Autowired CitizenActions citizenActions;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Applications applications;
    @Autowired Acts acts;
    @Autowired PlatformTransactionManager transactions;

    /**
     * A code of Tural's in Yasamal (Yasamal Su-Kanal İdarəsi) and one of Günel's in Xətai (no routing rule: the central
     * dispatch), both without a meter and new for each test: a code may have only one open suspension at a time.
     */
    private String yasamalNoMeter;
    private String xataiNoMeter;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        yasamalNoMeter = testSubscribers.withoutMeter(DemoCitizens.TURAL, "Yasamal").code();
        xataiNoMeter = testSubscribers.withoutMeter(DemoCitizens.GUNEL, "Xətai").code();
    }

    @Test
    void suspendedOnTheDateAskedForThenRestoredWhenTheCitizenAsks() {
        LocalDate from = today().plusDays(10);
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.waterSupplySuspension(yasamalNoMeter, from, from.plusMonths(3)));
        ProcessInstance instance = cases.instance(id);
        assertThat(instance.getProcessDefinitionId()).startsWith(PROCESS_KEY + ":");
        BpmnAwareTests.assertThat(instance).isWaitingAt(GATEWAY_AWAIT_CONFIRMATION);

        String number = cases.confirm(DemoCitizens.TURAL, id);
        assertThat(number).matches("AD-\\d{4}-\\d{6}");
        cases.runDueJobs();
        Task assign = cases.task(id, TASK_ASSIGN_EXECUTOR);
        BpmnAwareTests.assertThat(assign).hasCandidateGroup("azersu-yasamal");
        cases.assignExecutor(id, "rauf");

        // the department waits for the date: the timer is due at the start of that day in Baku, not before
        BpmnAwareTests.assertThat(instance).isWaitingAt(EVENT_SUSPENSION_DATE_REACHED);
        Job dateReached = cases.timer(id, EVENT_SUSPENSION_DATE_REACHED);
        assertThat(dateReached.getDuedate().toInstant()).isEqualTo(from.atStartOfDay(BAKU).toInstant());
        assertThat(cases.task(id, TASK_SEAL_SUPPLY)).as("no sealing task before the date").isNull();
        management.executeJob(dateReached.getId());

        Task seal = cases.task(id, TASK_SEAL_SUPPLY);
        BpmnAwareTests.assertThat(seal).isAssignedTo("rauf");
        assertThat(tasks.getIdentityLinksForTask(seal.getId())).extracting(IdentityLink::getGroupId)
                .contains("azersu-yasamal");
        assertThat(tasks.getVariable(seal.getId(), SUSPENSION_START_DATE)).isEqualTo(from.toString());
        seal(id, from);

        BpmnAwareTests.assertThat(instance).isWaitingAt(EVENT_CITIZEN_ASKS_FOR_RESTORATION);
        assertThat(application(id).status()).isEqualTo("SUSPENDED");
        assertThat(runtime.getVariables(instance.getId(), List.of(SEAL_NUMBER, SEALED_ON, SEAL_PLACE)))
                .containsEntry(SEAL_NUMBER, "PL-558812").containsEntry(SEALED_ON, from.toString())
                .containsEntry(SEAL_PLACE, "Həyətdəki quyuda giriş siyirtməsi");
        assertThat(citizenActions.waitingOn(DemoCitizens.TURAL, number))
                .extracting(CitizenActionModel.CitizenAction::messageName, CitizenActionModel.CitizenAction::label)
                .containsExactly(tuple(MESSAGE_RESTORATION_REQUESTED, "Su təchizatının bərpasını istəyirəm"));

        CitizenActions.Taken taken = citizenActions.take(DemoCitizens.TURAL, number, MESSAGE_RESTORATION_REQUESTED);
        assertThat(taken.status()).isEqualTo("RESTORATION_REQUESTED");
        assertThat(taken.alreadyTaken()).isFalse();
        assertThat(citizenActions.waitingOn(DemoCitizens.TURAL, number)).isEmpty();

        Task unseal = cases.task(id, TASK_UNSEAL_SUPPLY);
        BpmnAwareTests.assertThat(unseal).isAssignedTo("rauf");
        assertThat(tasks.getVariable(unseal.getId(), SEAL_NUMBER)).as("the seal to remove, shown in the form")
                .isEqualTo("PL-558812");
        LocalDate restoredOn = from.plusMonths(2);
        unseal(id, restoredOn);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, "Event_ApplicationConfirmed",
                "Event_Registered", TASK_DETERMINE_DEPARTMENT, "Event_Forwarded", TASK_ASSIGN_EXECUTOR,
                "Event_ExecutorAssigned", EVENT_SUSPENSION_DATE_REACHED, TASK_SEAL_SUPPLY, GATEWAY_SEAL_OUTCOME,
                EVENT_SUSPENDED, EVENT_CITIZEN_ASKS_FOR_RESTORATION, EVENT_RESTORATION_REQUESTED, TASK_UNSEAL_SUPPLY,
                EVENT_RESTORED, END_COMPLETED);
        assertThat(historyOf(id)).extracting(Step::status, Step::note).containsExactly(
                tuple("SUBMITTED", null), tuple("REGISTERED", null), tuple("FORWARDED", null),
                tuple("EXECUTOR_ASSIGNED", null), tuple("SUSPENDED", from + ", PL-558812"),
                tuple("RESTORATION_REQUESTED", null), tuple("RESTORED", restoredOn.toString()), tuple("COMPLETED", null));
        assertThat(historyOf(id)).filteredOn(step -> step.status().equals("RESTORATION_REQUESTED"))
                .extracting(Step::actor).as("who asked for the supply back").containsExactly("citizen");
        assertThat(historyOf(id)).filteredOn(step -> step.status().equals("SUSPENDED"))
                .extracting(Step::actor).containsExactly("system");
        assertThat(acts.findByApplicationId(id)).as("the seal and its dates live in the case, not in an act").isEmpty();
    }

    @Test
    void fromTodayTheSealingTaskComesAtOnce() {
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.waterSupplySuspension(yasamalNoMeter, today(), null));
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        cases.assignExecutor(id, "nigar");

        BpmnAwareTests.assertThat(cases.instance(id)).hasPassed(EVENT_SUSPENSION_DATE_REACHED).isWaitingAt(TASK_SEAL_SUPPLY);
        assertThat(cases.task(id, TASK_SEAL_SUPPLY).getAssignee()).isEqualTo("nigar");
        assertThat(runtime.getVariable(cases.instance(id).getId(), PLANNED_RESTORATION_DATE)).isNull();
    }

    @Test
    void noAccessToTheValveRejectsWithThatReasonAndNothingWaitsOnTheCitizen() {
        String id = assigned(DemoCitizens.TURAL, yasamalNoMeter, "rauf");

        cases.complete(id, TASK_SEAL_SUPPLY, Map.of(SEAL_OUTCOME, "NO_ACCESS_TO_VALVE",
                "sealNotes", "Mənzildə heç kim yox idi, üç dəfə zəng edildi"));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NO_ACCESS_TO_VALVE).hasNotPassed(EVENT_SUSPENDED);
        Application application = application(id);
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("NO_ACCESS_TO_VALVE");
        assertThat(citizenActions.waitingOn(DemoCitizens.TURAL, id)).isEmpty();
    }

    @Test
    void noSeparateValveRejectsWithThatReason() {
        String id = assigned(DemoCitizens.TURAL, yasamalNoMeter, "nigar");

        cases.complete(id, TASK_SEAL_SUPPLY, Map.of(SEAL_OUTCOME, "NO_SEPARATE_VALVE"));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NO_SEPARATE_VALVE);
        assertThat(historyOf(id)).extracting(Step::status).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED",
                "EXECUTOR_ASSIGNED", "REJECTED");
        assertThat(application(id).statusReason()).isEqualTo("NO_SEPARATE_VALVE");
    }

    @Test
    void sealingWithoutTheSealNumberIsRefusedAndTheTaskStays() {
        String id = assigned(DemoCitizens.TURAL, yasamalNoMeter, "rauf");

        assertThatThrownBy(() -> cases.complete(id, TASK_SEAL_SUPPLY, Map.of(SEAL_OUTCOME, "SEALED",
                SEALED_ON, today().toString(), SEAL_PLACE, "Mənzildə")))
                .hasMessageContaining("sealNumber");

        BpmnAwareTests.assertThat(cases.instance(id)).isWaitingAt(TASK_SEAL_SUPPLY);
        assertThat(application(id).status()).isEqualTo("EXECUTOR_ASSIGNED");
    }

    @Test
    void theCitizenActionTwiceGivesTheSameAnswerAndIsTakenOnce() {
        String id = suspended(DemoCitizens.TURAL, yasamalNoMeter);
        String number = application(id).number();

        CitizenActions.Taken first = citizenActions.take(DemoCitizens.TURAL, number, MESSAGE_RESTORATION_REQUESTED);
        CitizenActions.Taken second = citizenActions.take(DemoCitizens.TURAL, id, MESSAGE_RESTORATION_REQUESTED);

        assertThat(first.alreadyTaken()).isFalse();
        assertThat(second.alreadyTaken()).isTrue();
        assertThat(second.status()).isEqualTo(first.status()).isEqualTo("RESTORATION_REQUESTED");
        assertThat(historyOf(id)).extracting(Step::status).containsOnlyOnce("RESTORATION_REQUESTED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(TASK_UNSEAL_SUPPLY).count())
                .isOne();
    }

    @Test
    void aCitizenActionNotYetDueUnknownOrOnSomeoneElsesCaseIsRefusedAndChangesNothing() {
        String id = assigned(DemoCitizens.TURAL, yasamalNoMeter, "rauf");

        assertThatThrownBy(() -> citizenActions.take(DemoCitizens.TURAL, id, MESSAGE_RESTORATION_REQUESTED))
                .as("the supply is not suspended yet").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> citizenActions.take(DemoCitizens.TURAL, id, "Message_ApplicationConfirmed"))
                .as("not a citizen action of the model").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> citizenActions.take(DemoCitizens.TURAL, id, "Message_NoSuchThing"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> citizenActions.take(DemoCitizens.RASHAD, id, MESSAGE_RESTORATION_REQUESTED))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> citizenActions.waitingOn(DemoCitizens.RASHAD, id)).isInstanceOf(NotFoundException.class);

        BpmnAwareTests.assertThat(cases.instance(id)).isWaitingAt(TASK_SEAL_SUPPLY);
        assertThat(application(id).status()).isEqualTo("EXECUTOR_ASSIGNED");
    }

    @Test
    void aCodeWithAnActiveMeterAPastDateOrARestorationBeforeTheStartIsRefusedAndNothingStored() {
        long before = applications.count();

        assertThatThrownBy(() -> cases.submit(DemoCitizens.RASHAD,
                TestApplications.waterSupplySuspension(NASIMI_WITH_METER, today().plusDays(1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactly(tuple("subscriberCode", "activeMeter")));
        assertThatThrownBy(() -> cases.submit(DemoCitizens.TURAL,
                TestApplications.waterSupplySuspension(yasamalNoMeter, today().minusDays(1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactly(tuple("data.suspensionStartDate", "pastDate")));
        assertThatThrownBy(() -> cases.submit(DemoCitizens.TURAL,
                TestApplications.waterSupplySuspension(yasamalNoMeter, today().plusDays(5), today().plusDays(4))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactly(tuple("data.plannedRestorationDate", "notBefore")));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void applicationNeverConfirmedIsCancelledWhenTheConfirmationTimeRunsOut() {
        Instant submittedAt = Instant.now();
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.waterSupplySuspension(yasamalNoMeter, today(), null));
        Job timer = cases.timer(id, EVENT_CONFIRMATION_TIMED_OUT);
        assertThat(Duration.between(submittedAt, timer.getDuedate().toInstant()).toHours()).isBetween(23L, 24L);

        management.executeJob(timer.getId());

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_CONFIRMED);
        assertThat(application(id).status()).isEqualTo("CANCELLED");
        assertThat(application(id).statusReason()).isEqualTo("NOT_CONFIRMED");
    }

    @Test
    void citizenWithdrawsBeforeConfirming() {
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.waterSupplySuspension(yasamalNoMeter, today(), null));

        cases.cancel(DemoCitizens.TURAL, id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(historyOf(id)).extracting(Step::status).containsExactly("SUBMITTED", "CANCELLED");
    }

    @Test
    void districtWithoutARuleGoesToTheCentralDispatch() {
        String id = cases.submit(DemoCitizens.GUNEL, TestApplications.waterSupplySuspension(xataiNoMeter, today(), null));
        cases.confirm(DemoCitizens.GUNEL, id);
        cases.runDueJobs();

        BpmnAwareTests.assertThat(cases.task(id, TASK_ASSIGN_EXECUTOR)).hasCandidateGroup("central-dispatch");
    }

    @Test
    void everyOverdueTaskEscalatesToTheDepartmentHead() {
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.waterSupplySuspension(yasamalNoMeter, today(), null));
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();

        escalate(id, BOUNDARY_ASSIGN_EXECUTOR_OVERDUE, TASK_ASSIGN_EXECUTOR);
        cases.assignExecutor(id, "rauf");
        Task seal = cases.task(id, TASK_SEAL_SUPPLY);
        assertThat(Duration.between(Instant.now(), seal.getDueDate().toInstant()).toHours()).isBetween(47L, 48L);
        escalate(id, BOUNDARY_SEAL_SUPPLY_OVERDUE, TASK_SEAL_SUPPLY);
        seal(id, today());
        citizenActions.take(DemoCitizens.TURAL, id, MESSAGE_RESTORATION_REQUESTED);
        escalate(id, BOUNDARY_UNSEAL_SUPPLY_OVERDUE, TASK_UNSEAL_SUPPLY);
        unseal(id, today());

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed("Task_EscalateAssignExecutor",
                "Task_EscalateSealSupply", "Task_EscalateUnsealSupply", "EndEvent_AssignExecutorEscalated",
                "EndEvent_SealSupplyEscalated", "EndEvent_UnsealSupplyEscalated", END_COMPLETED);
    }

    private void seal(String id, LocalDate on) {
        cases.complete(id, TASK_SEAL_SUPPLY, Map.of(SEAL_OUTCOME, "SEALED", SEAL_NUMBER, "PL-558812",
                SEALED_ON, on.toString(), SEAL_PLACE, "Həyətdəki quyuda giriş siyirtməsi",
                "sealNotes", "Abonentin iştirakı ilə"));
    }

    private void unseal(String id, LocalDate on) {
        cases.complete(id, TASK_UNSEAL_SUPPLY, Map.of(SEAL_CONDITION, "INTACT", UNSEALED_ON, on.toString(),
                "unsealNotes", "Plomb bütöv idi, götürüldü"));
    }

    private void escalate(String id, String boundaryEvent, String taskKey) {
        management.executeJob(cases.timer(id, boundaryEvent).getId());
        Task task = cases.task(id, taskKey);
        assertThat(task).as("an overdue task stays where it is").isNotNull();
        assertThat(task.getPriority()).isEqualTo(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("azersu-yasamal", "azersu-yasamal-head");
    }

    /** Registered, an executor assigned, the date (today) reached: the sealing task is there. */
    private String assigned(String fin, String subscriberCode, String executor) {
        String id = cases.submit(fin, TestApplications.waterSupplySuspension(subscriberCode, today(), null));
        cases.confirm(fin, id);
        cases.runDueJobs();
        cases.assignExecutor(id, executor);
        return id;
    }

    private String suspended(String fin, String subscriberCode) {
        String id = assigned(fin, subscriberCode, "rauf");
        seal(id, today());
        return id;
    }

    private static LocalDate today() {
        return LocalDate.now(BAKU);
    }



    private Application application(String id) {
        return applications.findById(id).orElseThrow();
    }

    record Step(String status, String note, String actor) {
    }

    private List<Step> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(tx -> applications.findById(id).orElseThrow().history()
                .stream().map(c -> new Step(c.status(), c.note(), c.actor())).toList());
    }
}
