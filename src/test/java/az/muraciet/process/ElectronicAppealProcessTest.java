package az.muraciet.process;

import static az.muraciet.process.ElectronicAppealProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.StatusChange;
import az.muraciet.intake.SubmitApplicationRequest;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.InvalidInputException;

/**
 * Every path of Azərsu's electronic appeal: routed by topic and district to a structural unit, answered by one of its
 * employees, approved (or returned for rework) by its head, and the answer kept as the ANSWERED step's note. With a
 * subscriber code or without one. Together the tests cover every flow node and sequence flow of the model (asserted,
 * and reported under {@code target/process-test-coverage}).
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class ElectronicAppealProcessTest {

    /** Rəşad's codes: Yasamal (not linked, but his) and Nəsimi. */
    static final String YASAMAL_CODE = "10000001";
    static final String NASIMI_CODE = "10000002";
    /** Günel's code in Xətai: no unit of its own. */
    static final String XATAI_CODE = "10000003";
    static final String ANSWER = "Hörmətli Rəşad bəy, sayğacın göstəricisi yoxlanıldı: hesab düzəldildi, artıq ödənilmiş "
            + "məbləğ növbəti aya keçirildi.";

    @Autowired CaseScenarios cases;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Applications applications;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void anAppealAboutACodeIsAnsweredByItsDistrictsUnitAndApprovedByTheHead() {
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.appeal(YASAMAL_CODE, "BILLING", null));
        ProcessInstance instance = cases.instance(id);
        assertThat(instance.getProcessDefinitionId()).startsWith(PROCESS_KEY + ":");
        BpmnAwareTests.assertThat(instance).isWaitingAt(GATEWAY_AWAIT_CONFIRMATION);

        String number = cases.confirm(DemoCitizens.RASHAD, id);
        assertThat(number).matches("AM-\\d{4}-\\d{6}");
        cases.runDueJobs();
        Task draft = cases.task(id, TASK_DRAFT_ANSWER);
        BpmnAwareTests.assertThat(draft).hasCandidateGroup("azersu-yasamal");
        assertThat(tasks.getVariable(draft.getId(), APPEAL_TEXT)).isEqualTo(TestApplications.APPEAL_TEXT);
        assertThat(tasks.getVariable(draft.getId(), TOPIC)).isEqualTo("BILLING");
        assertThat(tasks.getVariable(draft.getId(), CaseVariables.DISTRICT)).as("the code's district").isEqualTo("Yasamal");

        cases.draftAnswer(id, ANSWER);
        Task approve = cases.task(id, TASK_APPROVE_ANSWER);
        BpmnAwareTests.assertThat(approve).hasCandidateGroup("azersu-yasamal-head");
        assertThat(tasks.getVariable(approve.getId(), ANSWER_TEXT)).isEqualTo(ANSWER);
        cases.approveAnswer(id);

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, "Event_ApplicationConfirmed",
                "Event_Registered", TASK_DETERMINE_UNIT, "Event_Forwarded", GATEWAY_DRAFT_OR_REWORK, TASK_DRAFT_ANSWER,
                TASK_APPROVE_ANSWER, GATEWAY_ANSWER_APPROVED, END_ANSWERED);
        assertThat(historyOf(id)).extracting(StatusChange::status, StatusChange::note).containsExactly(
                tuple("SUBMITTED", null), tuple("REGISTERED", null), tuple("FORWARDED", null),
                tuple(STATUS_ANSWERED, ANSWER));
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo(STATUS_ANSWERED);
        assertThat(application.subscriberCode()).isEqualTo(YASAMAL_CODE);
    }

    @Test
    void anAnswerReturnedByTheHeadIsReworkedWithTheHeadsRemarkAndTheApprovedOneIsSent() {
        String id = forwarded(DemoCitizens.RASHAD, TestApplications.appeal(NASIMI_CODE, "METER", null));
        BpmnAwareTests.assertThat(cases.task(id, TASK_DRAFT_ANSWER)).hasCandidateGroup("azersu-nasimi");
        cases.draftAnswer(id, "Sayğacınız yoxlanılacaq.");

        cases.returnAnswer(id, "Yoxlamanın tarixini və nəticəsini yazın");

        Task rework = cases.task(id, TASK_DRAFT_ANSWER);
        assertThat(rework).as("back with the unit").isNotNull();
        assertThat(tasks.getVariable(rework.getId(), REVIEW_COMMENT)).isEqualTo("Yoxlamanın tarixini və nəticəsini yazın");
        assertThat(tasks.getVariable(rework.getId(), ANSWER_TEXT)).as("the draft to rework").isEqualTo("Sayğacınız yoxlanılacaq.");
        assertThat(applications.findById(id).orElseThrow().status()).as("no step for the citizen").isEqualTo("FORWARDED");
        cases.draftAnswer(id, ANSWER);
        cases.approveAnswer(id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_ANSWERED);
        assertThat(historyOf(id)).extracting(StatusChange::status).containsExactly("SUBMITTED", "REGISTERED",
                "FORWARDED", STATUS_ANSWERED);
        assertThat(historyOf(id).get(3).note()).isEqualTo(ANSWER);
    }

    @Test
    void anAppealWithoutASubscriberCodeIsRoutedByTheDistrictTheCitizenChose() {
        String id = forwarded(DemoCitizens.GUNEL, TestApplications.appeal(null, "SEWER", "Yasamal"));

        Task draft = cases.task(id, TASK_DRAFT_ANSWER);
        BpmnAwareTests.assertThat(draft).hasCandidateGroup("azersu-yasamal");
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.subscriberCode()).isNull();
        assertThat(application.applicantName()).as("from the citizen's account").isEqualTo("Məmmədova Günel Arif qızı");
        String process = cases.instance(id).getId();
        assertThat(runtime.getVariable(process, CaseVariables.SUBSCRIBER_CODE)).isNull();
        assertThat(runtime.getVariable(process, CaseVariables.DISTRICT)).isEqualTo("Yasamal");
        assertThat(runtime.getVariable(process, CaseVariables.ADDRESS)).isEqualTo("Yasamal r.");
        assertThat(runtime.getVariable(process, CaseVariables.APPLICANT_NAME)).isEqualTo("Məmmədova Günel Arif qızı");
    }

    @Test
    void theDistrictChosenWinsOverTheCodesButTheAddressIsTheCodes() {
        String id = forwarded(DemoCitizens.RASHAD, TestApplications.appeal(NASIMI_CODE, "SUPPLY_INTERRUPTION", "Yasamal"));

        BpmnAwareTests.assertThat(cases.task(id, TASK_DRAFT_ANSWER)).hasCandidateGroup("azersu-yasamal");
        assertThat(runtime.getVariable(cases.instance(id).getId(), CaseVariables.ADDRESS))
                .isEqualTo("Bakı, Nəsimi r., Füzuli küç. 48, m. 17");
    }

    @Test
    void waterQualityGoesToTheWaterQualityUnitFromAnyDistrict() {
        String id = forwarded(DemoCitizens.RASHAD, TestApplications.appeal(NASIMI_CODE, "WATER_QUALITY", null));

        BpmnAwareTests.assertThat(cases.task(id, TASK_DRAFT_ANSWER)).hasCandidateGroup("azersu-water-quality");
        cases.draftAnswer(id, ANSWER);
        BpmnAwareTests.assertThat(cases.task(id, TASK_APPROVE_ANSWER)).hasCandidateGroup("azersu-water-quality-head");
    }

    @Test
    void anAppealNoRuleCoversGoesToTheCentralDispatch() {
        String other = forwarded(DemoCitizens.RASHAD, TestApplications.appeal(YASAMAL_CODE, "OTHER", null));
        String xatai = forwarded(DemoCitizens.GUNEL, TestApplications.appeal(XATAI_CODE, "BILLING", null));

        BpmnAwareTests.assertThat(cases.task(other, TASK_DRAFT_ANSWER)).hasCandidateGroup("central-dispatch");
        BpmnAwareTests.assertThat(cases.task(xatai, TASK_DRAFT_ANSWER)).hasCandidateGroup("central-dispatch");
        cases.draftAnswer(xatai, ANSWER);
        BpmnAwareTests.assertThat(cases.task(xatai, TASK_APPROVE_ANSWER)).hasCandidateGroup("central-dispatch-head");
        assertThat(runtime.createIncidentQuery().processInstanceId(cases.instance(xatai).getId()).count()).isZero();
    }

    @Test
    void anAppealWithoutCodeOrDistrictOrWithSomeoneElsesCodeOrTooShortATextIsRefusedAndNothingStored() {
        long before = applications.count();

        assertThat(refusal(DemoCitizens.GUNEL, TestApplications.appeal(null, "SEWER", null)))
                .containsExactly(tuple("data.district", "required"));
        assertThat(refusal(DemoCitizens.GUNEL, TestApplications.appeal(YASAMAL_CODE, "SEWER", null)))
                .containsExactly(tuple("subscriberCode", "notYours"));
        Map<String, Object> shortText = TestApplications.appealData("HOLIDAY", "Yasamal");
        shortText.put(APPEAL_TEXT, "Su yoxdur");
        assertThat(refusal(DemoCitizens.GUNEL, new SubmitApplicationRequest(TestApplications.APPEAL, null, shortText)))
                .containsExactlyInAnyOrder(tuple("data.topic", "notAnOption"), tuple("data.appealText", "minLength"));
        Map<String, Object> longText = TestApplications.appealData("OTHER", "Yasamal");
        longText.put(APPEAL_TEXT, "ş".repeat(2001));
        assertThat(refusal(DemoCitizens.GUNEL, new SubmitApplicationRequest(TestApplications.APPEAL, null, longText)))
                .containsExactly(tuple("data.appealText", "maxLength"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void anAnswerLeftEmptyOrReturnedWithoutARemarkIsRefusedAndTheTaskStays() {
        String id = forwarded(DemoCitizens.RASHAD, TestApplications.appeal(YASAMAL_CODE, "BILLING", null));
        String draft = cases.task(id, TASK_DRAFT_ANSWER).getId();

        assertThatThrownBy(() -> tasks.complete(draft, Map.of(ANSWER_TEXT, " ")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(ANSWER_TEXT);
        assertThatThrownBy(() -> tasks.complete(draft, Map.of(ANSWER_TEXT, ANSWER, APPEAL_TEXT, "Başqa mətn")))
                .as("the citizen's text is read-only").isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(APPEAL_TEXT);
        cases.draftAnswer(id, ANSWER);
        String approve = cases.task(id, TASK_APPROVE_ANSWER).getId();
        assertThatThrownBy(() -> tasks.complete(approve, Map.of(APPROVAL_DECISION, "RETURNED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(REVIEW_COMMENT);

        assertThat(tasks.createTaskQuery().taskId(approve).count()).isOne();
        assertThat(runtime.getVariable(cases.instance(id).getId(), APPEAL_TEXT)).isEqualTo(TestApplications.APPEAL_TEXT);
    }

    @Test
    void anAppealNeverConfirmedIsCancelledWhenTheConfirmationTimeRunsOut() {
        Instant submittedAt = Instant.now();
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.appeal(YASAMAL_CODE, "BILLING", null));
        var timer = cases.timer(id, EVENT_CONFIRMATION_TIMED_OUT);
        assertThat(Duration.between(submittedAt, timer.getDuedate().toInstant()).toMinutes()).isCloseTo(24 * 60, within(1L));

        management.executeJob(timer.getId());

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_CONFIRMED);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("CANCELLED");
        assertThat(application.statusReason()).isEqualTo("NOT_CONFIRMED");
        assertThat(application.number()).isNull();
    }

    @Test
    void theCitizenWithdrawsBeforeConfirming() {
        String id = cases.submit(DemoCitizens.GUNEL, TestApplications.appeal(null, "OTHER", "Xətai"));

        cases.cancel(DemoCitizens.GUNEL, id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(historyOf(id)).extracting(StatusChange::status).containsExactly("SUBMITTED", "CANCELLED");
    }

    @Test
    void overdueDraftingAndApprovalEscalateToTheUnitsHead() {
        String id = forwarded(DemoCitizens.RASHAD, TestApplications.appeal(YASAMAL_CODE, "BILLING", null));
        Task draft = cases.task(id, TASK_DRAFT_ANSWER);
        assertThat(Duration.between(Instant.now(), draft.getDueDate().toInstant()).toDays()).isBetween(9L, 10L);

        escalate(id, BOUNDARY_DRAFT_ANSWER_OVERDUE, TASK_DRAFT_ANSWER);
        cases.draftAnswer(id, ANSWER);
        Task approve = cases.task(id, TASK_APPROVE_ANSWER);
        assertThat(Duration.between(Instant.now(), approve.getDueDate().toInstant()).toHours()).isBetween(47L, 48L);
        escalate(id, BOUNDARY_APPROVE_ANSWER_OVERDUE, TASK_APPROVE_ANSWER);
        cases.approveAnswer(id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed("Task_EscalateDraftAnswer",
                "Task_EscalateApproveAnswer", "EndEvent_DraftAnswerEscalated", "EndEvent_ApproveAnswerEscalated",
                END_ANSWERED);
    }

    private void escalate(String id, String boundaryEvent, String taskKey) {
        management.executeJob(cases.timer(id, boundaryEvent).getId());
        Task task = cases.task(id, taskKey);
        assertThat(task).as("an overdue task stays where it is").isNotNull();
        assertThat(task.getPriority()).isEqualTo(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("azersu-yasamal-head");
    }

    private List<org.assertj.core.groups.Tuple> refusal(String fin, SubmitApplicationRequest request) {
        try {
            cases.submit(fin, request);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(error -> tuple(error.field(), error.code())).toList();
        }
        throw new AssertionError("accepted: " + request);
    }

    private String forwarded(String fin, SubmitApplicationRequest request) {
        String id = cases.submit(fin, request);
        cases.confirm(fin, id);
        cases.runDueJobs();
        return id;
    }



    private List<StatusChange> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(
                tx -> List.copyOf(applications.findById(id).orElseThrow().history()));
    }
}
