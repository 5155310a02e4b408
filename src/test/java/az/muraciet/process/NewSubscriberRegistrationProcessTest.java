package az.muraciet.process;

import static az.muraciet.process.NewSubscriberRegistrationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.casefile.StatusChange;
import az.muraciet.catalogue.Utility;
import az.muraciet.document.TestDocuments;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.ServiceType;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.SubscriberGroup;
import az.muraciet.subscriber.Subscribers;

/**
 * Every path of Azərsu's new subscriber registration, through the real intake (with documents), engine, case record,
 * subscriber registry and citizen accounts. Together the tests cover every flow node and sequence flow of the model
 * (asserted, and reported under {@code target/process-test-coverage}).
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class NewSubscriberRegistrationProcessTest {

    @Autowired CaseScenarios cases;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Applications applications;
    @Autowired CaseFiles caseFiles;
    @Autowired Subscribers subscribers;
    @Autowired LinkedSubscribers linkedSubscribers;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void documentsCompleteSiteSuitableANewCodeIsIssuedToTheApplicantAndLinkedToTheirProfile() {
        String id = submit(DemoCitizens.RASHAD, "Yasamal");
        ProcessInstance instance = cases.instance(id);
        assertThat(instance.getProcessDefinitionId()).startsWith(PROCESS_KEY + ":");
        BpmnAwareTests.assertThat(instance).isWaitingAt(GATEWAY_AWAIT_CONFIRMATION);
        assertThat(applications.findById(id).orElseThrow().subscriberCode()).as("no code before one is issued").isNull();

        String number = cases.confirm(DemoCitizens.RASHAD, id);
        assertThat(number).matches("AY-\\d{4}-\\d{6}");
        cases.runDueJobs();
        Task check = cases.task(id, TASK_CHECK_DOCUMENTS);
        BpmnAwareTests.assertThat(check).hasCandidateGroup("azersu-yasamal");
        assertThat(runtime.getVariable(instance.getId(), CaseVariables.DISTRICT)).isEqualTo("Yasamal");
        assertThat(runtime.getVariable(instance.getId(), CaseVariables.ADDRESS))
                .isEqualTo("Yasamal r., Şərifzadə küç., ev 14A, m. 23");
        assertThat(runtime.getVariable(instance.getId(), CaseVariables.APPLICANT_NAME)).isEqualTo("Əliyev Rəşad Kamal oğlu");
        String links = (String) tasks.getVariable(check.getId(), DOCUMENT_LINKS);
        assertThat(links.lines()).hasSize(3).allMatch(line -> line.matches("- .+: \\[.+]\\(/employee/documents/[0-9a-f-]{36}\\) \\(.+\\)"));
        assertThat(links).contains("vesiqe\\-on\\.jpg", "reyestr\\-cixarisi\\.pdf", "Şəxsiyyət vəsiqəsinin surəti");

        checkDocuments(id, "COMPLETE");
        cases.assignExecutor(id, "rauf");
        BpmnAwareTests.assertThat(cases.task(id, TASK_INSPECT_SITE)).isAssignedTo("rauf");
        inspect(id, "SUITABLE");

        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder(START_EVENT, "Event_ApplicationConfirmed",
                "Event_Registered", TASK_DETERMINE_DEPARTMENT, "Event_Forwarded", TASK_CHECK_DOCUMENTS,
                GATEWAY_DOCUMENTS_COMPLETE, TASK_ASSIGN_EXECUTOR, "Event_ExecutorAssigned", TASK_INSPECT_SITE,
                GATEWAY_SITE_SUITABLE, TASK_ISSUE_SUBSCRIBER_CODE, EVENT_SUBSCRIBER_REGISTERED, END_COMPLETED);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED",
                "SUBSCRIBER_REGISTERED", "COMPLETED");

        Application application = applications.findById(id).orElseThrow();
        String code = application.subscriberCode();
        assertThat(code).as("the case now has the new code").matches("\\d{8}");
        assertThat(noteOf(id, "SUBSCRIBER_REGISTERED")).isEqualTo(code);
        Subscriber registered = subscribers.findById(code).orElseThrow();
        assertThat(registered.utility()).isEqualTo(Utility.AZERSU);
        assertThat(registered.group()).isEqualTo(SubscriberGroup.POPULATION);
        assertThat(registered.ownerFin()).isEqualTo(DemoCitizens.RASHAD);
        assertThat(registered.fullName()).isEqualTo("Əliyev Rəşad Kamal oğlu");
        assertThat(registered.address()).isEqualTo("Yasamal r., Şərifzadə küç., ev 14A, m. 23");
        assertThat(registered.district()).isEqualTo("Yasamal");
        assertThat(registered.personsServed()).isEqualTo(3);
        assertThat(registered.serviceType()).isEqualTo(ServiceType.WATER_AND_SEWERAGE);
        assertThat(registered.hasActiveMeter()).isFalse();
        assertThat(linkedSubscribers.of(DemoCitizens.RASHAD)).extracting(Subscriber::code).contains(code);
        assertThat(caseFiles.caseOf(DemoCitizens.RASHAD, number).summary().subscriberCode()).isEqualTo(code);
        assertThat(message(id, "SMS")).isEqualTo("Abonent kimi qeydiyyata alındınız. Abonent kodunuz: " + code
                + " (müraciət " + number + ").");
        assertThat(message(id, "EMAIL")).contains("Hörmətli Əliyev Rəşad Kamal oğlu", "Abonent kodunuz: " + code,
                "Your subscriber code: " + code);
    }

    /** What the citizen is sent when the subscriber is registered, on one channel. */
    private String message(String id, String channel) {
        return jdbc.queryForObject("select body_text from notification where application_id = ? "
                + "and case_status = 'SUBSCRIBER_REGISTERED' and channel = ?", String.class, id, channel);
    }

    @Test
    void everyNewSubscriberGetsACodeOfItsOwnSkippingCodesTheRegistryAlreadyHas() {
        long next = jdbc.queryForObject("select last_value from subscriber_code_series where utility = 'AZERSU'", Long.class) + 1;
        subscribers.saveAndFlush(new Subscriber(String.valueOf(next), Utility.AZERSU, DemoCitizens.TURAL, "Tural Hüseynov",
                "Yasamal r., Cəfər Cabbarlı küç., ev 3", "Yasamal"));
        String first = registeredToTheEnd(DemoCitizens.RASHAD, "Yasamal");
        String second = registeredToTheEnd(DemoCitizens.TURAL, "Yasamal");

        String firstCode = applications.findById(first).orElseThrow().subscriberCode();
        String secondCode = applications.findById(second).orElseThrow().subscriberCode();
        assertThat(firstCode).as("the taken code is skipped").isEqualTo(String.valueOf(next + 1));
        assertThat(secondCode).isEqualTo(String.valueOf(next + 2));
        assertThat(linkedSubscribers.of(DemoCitizens.TURAL)).extracting(Subscriber::code).contains(secondCode)
                .doesNotContain(firstCode);
    }

    @Test
    void incompleteDocumentsRejectTheCaseTellingTheCitizenWhatIsMissing() {
        String id = forwarded(DemoCitizens.RASHAD, "Yasamal");
        long registry = subscribers.count();

        assertThatThrownBy(() -> checkDocuments(id, "INCOMPLETE", null))
                .as("an incomplete check must say what is missing").hasMessageContaining("documentsNote");
        checkDocuments(id, "INCOMPLETE", "Mülkiyyət sənədi başqa ünvana aiddir");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_DOCUMENTS_INCOMPLETE).hasNotPassed(TASK_ASSIGN_EXECUTOR);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("DOCUMENTS_INCOMPLETE");
        assertThat(noteOf(id, "REJECTED")).isEqualTo("Mülkiyyət sənədi başqa ünvana aiddir");
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "REJECTED");
        assertThat(application.subscriberCode()).isNull();
        assertThat(subscribers.count()).as("no subscriber registered").isEqualTo(registry);
    }

    @Test
    void aPlaceNotConnectedToTheNetworkRejectsWithThatReason() {
        String id = inspecting(DemoCitizens.RASHAD, "Yasamal", "nigar");
        long registry = subscribers.count();

        inspect(id, "NOT_CONNECTED", "Binaya su xətti çəkilməyib");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_CONNECTED).hasNotPassed(TASK_ISSUE_SUBSCRIBER_CODE);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("NOT_CONNECTED_TO_NETWORK");
        assertThat(noteOf(id, "REJECTED")).isEqualTo("Binaya su xətti çəkilməyib");
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "REJECTED");
        assertThat(subscribers.count()).isEqualTo(registry);
    }

    @Test
    void aPlaceWithASubscriberAlreadyRegisteredRejectsWithThatReason() {
        String id = inspecting(DemoCitizens.RASHAD, "Yasamal", "rauf");

        inspect(id, "ALREADY_REGISTERED", "Mənzildə 10000001 kodlu abonent var");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_ALREADY_REGISTERED);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.statusReason()).isEqualTo("SUBSCRIBER_ALREADY_REGISTERED");
        assertThat(application.subscriberCode()).isNull();
    }

    @Test
    void applicationNeverConfirmedIsCancelledWhenTheConfirmationTimeRunsOut() {
        Instant submittedAt = Instant.now();
        String id = submit(DemoCitizens.RASHAD, "Yasamal");
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
    void citizenWithdrawsBeforeConfirming() {
        String id = submit(DemoCitizens.RASHAD, "Yasamal");

        cases.cancel(DemoCitizens.RASHAD, id);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(historyOf(id)).containsExactly("SUBMITTED", "CANCELLED");
        assertThat(applications.findById(id).orElseThrow().statusReason()).isEqualTo("WITHDRAWN");
    }

    @Test
    void theDistrictGivenInTheFormRoutesTheCase() {
        String nasimi = forwarded(DemoCitizens.RASHAD, "Nəsimi");
        String xatai = forwarded(DemoCitizens.GUNEL, "Xətai");

        BpmnAwareTests.assertThat(cases.task(nasimi, TASK_CHECK_DOCUMENTS)).hasCandidateGroup("azersu-nasimi");
        BpmnAwareTests.assertThat(cases.task(xatai, TASK_CHECK_DOCUMENTS)).as("no rule for Xətai: the central dispatch")
                .hasCandidateGroup("central-dispatch");
    }

    @Test
    void everyOverdueTaskEscalatesToTheDepartmentHead() {
        String id = forwarded(DemoCitizens.RASHAD, "Yasamal");
        Task check = cases.task(id, TASK_CHECK_DOCUMENTS);
        assertThat(Duration.between(Instant.now(), check.getDueDate().toInstant()).toDays()).isBetween(1L, 2L);

        escalate(id, BOUNDARY_CHECK_DOCUMENTS_OVERDUE, TASK_CHECK_DOCUMENTS);
        checkDocuments(id, "COMPLETE");
        Task assign = cases.task(id, TASK_ASSIGN_EXECUTOR);
        assertThat(Duration.between(Instant.now(), assign.getDueDate().toInstant()).toHours()).isBetween(23L, 24L);
        escalate(id, BOUNDARY_ASSIGN_EXECUTOR_OVERDUE, TASK_ASSIGN_EXECUTOR);
        cases.assignExecutor(id, "rauf");
        Task inspect = cases.task(id, TASK_INSPECT_SITE);
        assertThat(Duration.between(Instant.now(), inspect.getDueDate().toInstant()).toDays()).isBetween(4L, 5L);
        escalate(id, BOUNDARY_INSPECT_SITE_OVERDUE, TASK_INSPECT_SITE);
        inspect(id, "SUITABLE");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed("Task_EscalateCheckDocuments",
                "Task_EscalateAssignExecutor", "Task_EscalateInspectSite", "EndEvent_CheckDocumentsEscalated",
                "EndEvent_AssignExecutorEscalated", "EndEvent_InspectSiteEscalated", END_COMPLETED);
    }

    private String registeredToTheEnd(String fin, String district) {
        String id = inspecting(fin, district, "rauf");
        inspect(id, "SUITABLE");
        return id;
    }

    private String inspecting(String fin, String district, String executor) {
        String id = forwarded(fin, district);
        checkDocuments(id, "COMPLETE");
        cases.assignExecutor(id, executor);
        return id;
    }

    private String forwarded(String fin, String district) {
        String id = submit(fin, district);
        cases.confirm(fin, id);
        cases.runDueJobs();
        return id;
    }

    private void checkDocuments(String id, String outcome) {
        checkDocuments(id, outcome, null);
    }

    private void checkDocuments(String id, String outcome, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DOCUMENTS_OUTCOME, outcome);
        if (note != null) {
            variables.put(DOCUMENTS_NOTE, note);
        }
        cases.complete(id, TASK_CHECK_DOCUMENTS, variables);
    }

    private void inspect(String id, String outcome) {
        inspect(id, outcome, null);
    }

    private void inspect(String id, String outcome, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INSPECTION_OUTCOME, outcome);
        if (note != null) {
            variables.put(INSPECTION_NOTE, note);
        }
        cases.complete(id, TASK_INSPECT_SITE, variables);
    }

    private void escalate(String id, String boundaryEvent, String taskKey) {
        management.executeJob(cases.timer(id, boundaryEvent).getId());
        Task task = cases.task(id, taskKey);
        assertThat(task).as("an overdue task stays where it is").isNotNull();
        assertThat(task.getPriority()).isEqualTo(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("azersu-yasamal", "azersu-yasamal-head");
    }

    private String submit(String fin, String district) {
        return cases.submit(fin, TestApplications.newSubscriber(district), TestDocuments.newSubscriberDocuments());
    }


    private List<String> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(
                tx -> applications.findById(id).orElseThrow().history().stream().map(StatusChange::status).toList());
    }

    private String noteOf(String id, String status) {
        return new TransactionTemplate(transactions).execute(tx -> applications.findById(id).orElseThrow().history()
                .stream().filter(c -> c.status().equals(status)).map(StatusChange::note).findFirst().orElse(null));
    }
}
