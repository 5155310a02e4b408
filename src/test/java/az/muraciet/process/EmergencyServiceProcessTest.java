package az.muraciet.process;

import static az.muraciet.process.EmergencyServiceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
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
import az.muraciet.document.CaseDocuments;
import az.muraciet.document.DocumentUpload;
import az.muraciet.document.StoredDocument;
import az.muraciet.document.TestDocuments;
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.intake.SubmitApplicationRequest;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.ConflictException;
import az.muraciet.shared.InvalidInputException;

/**
 * Every path of Azərsu's emergency service: registered the moment it is reported (no confirmation wait), dispatched
 * at once to the district's emergency crew as a high-priority task due in hours, escalated to the crew's head when
 * late (the engine's clock moved past the due time), and closed as eliminated, not found or not on Azərsu's network;
 * the optional photo stored with the report and linked in the crew's task.
 * Together the tests cover every flow node and sequence flow of the model.
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class EmergencyServiceProcessTest {

    static final String ELIMINATED_NOTES = "Boru kəmərinin 2 metrlik hissəsi dəyişdirildi, su verildi";

    @Autowired CaseScenarios cases;
    @Autowired ApplicationIntake intake;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Applications applications;
    @Autowired CaseDocuments documents;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void engineClockBackToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void anAccidentIsRegisteredAtOnceDispatchedToTheDistrictsCrewAndEliminated() {
        ApplicationIntake.Submitted submitted = intake.submit(DemoCitizens.RASHAD, TestApplications.emergency("Yasamal"));

        assertThat(submitted.status()).as("no confirmation wait").isEqualTo("REGISTERED");
        assertThat(submitted.number()).matches("AQ-\\d{4}-\\d{6}");
        String id = submitted.id();
        assertThat(historyOf(id)).extracting(StatusChange::status).containsExactly("SUBMITTED", "REGISTERED");
        cases.runDueJobs();

        Task task = cases.task(id, TASK_ELIMINATE_ACCIDENT);
        BpmnAwareTests.assertThat(task).hasCandidateGroup("azersu-yasamal-emergency");
        assertThat(task.getPriority()).isEqualTo(TASK_PRIORITY);
        assertThat(Duration.between(Instant.now(), task.getDueDate().toInstant()).toMinutes()).isBetween(118L, 120L);
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(STATUS_DISPATCHED);
        String process = cases.instance(id).getId();
        assertThat(runtime.getVariable(process, CaseVariables.ADDRESS)).isEqualTo("Yasamal r., Şərifzadə küç., ev 12");
        assertThat(runtime.getVariable(process, ACCIDENT_KIND)).isEqualTo("LEAK");
        assertThat(runtime.getVariable(process, CaseVariables.SUBSCRIBER_CODE)).isNull();
        assertThat(tasks.getVariable(task.getId(), DOCUMENT_LINKS)).as("no photo: the crew's form says so")
                .isEqualTo("Sənəd əlavə edilməyib.");

        cases.recordAccidentOutcome(id, "ELIMINATED", ELIMINATED_NOTES);

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassedInOrder(START_EVENT, EVENT_REGISTERED,
                TASK_DETERMINE_BRIGADE, EVENT_DISPATCHED, TASK_ELIMINATE_ACCIDENT, GATEWAY_ACCIDENT_OUTCOME, END_COMPLETED);
        assertThat(historyOf(id)).extracting(StatusChange::status, StatusChange::note).containsExactly(
                tuple("SUBMITTED", null), tuple("REGISTERED", null), tuple(STATUS_DISPATCHED, null),
                tuple("COMPLETED", ELIMINATED_NOTES));
        assertThat(applications.findById(id).orElseThrow().subscriberCode()).isNull();
    }

    @Test
    void thePhotoOfTheAccidentGoesWithTheReportToTheCrewsTask() {
        byte[] photo = TestDocuments.jpeg(64_000);
        String id = dispatched(TestApplications.emergency("Nəsimi"),
                List.of(DocumentUpload.of(PHOTO_SLOT, "IMG_0042.jpg", photo)));

        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(STATUS_DISPATCHED);
        List<StoredDocument> stored = documents.of(id);
        assertThat(stored).extracting(StoredDocument::slotCode, StoredDocument::fileName, StoredDocument::contentType)
                .containsExactly(tuple(PHOTO_SLOT, "IMG_0042.jpg", "image/jpeg"));
        assertThat(documents.file(id, stored.get(0).id()).orElseThrow().content()).isEqualTo(photo);
        Task task = cases.task(id, TASK_ELIMINATE_ACCIDENT);
        assertThat(tasks.getVariable(task.getId(), DOCUMENT_LINKS)).isEqualTo("- Qəza yerinin şəkli: [IMG\\_0042\\.jpg]"
                + "(/employee/documents/" + stored.get(0).id() + ") (63 KB)");
    }

    @Test
    void noAccidentFoundAtTheAddressRejectsWithThatReasonAndWhatTheCrewSaw() {
        String id = dispatched(TestApplications.emergency("Yasamal"));

        cases.recordAccidentOutcome(id, "NOT_FOUND", "Ünvanda sızma yoxdur, su təchizatı normaldır");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_FOUND);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("ACCIDENT_NOT_FOUND");
        assertThat(historyOf(id).get(3).note()).isEqualTo("Ünvanda sızma yoxdur, su təchizatı normaldır");
    }

    @Test
    void anAccidentNotOnAzersusNetworkRejectsWithThatReason() {
        String id = dispatched(TestApplications.emergency("Yasamal"));

        cases.recordAccidentOutcome(id, "NOT_AZERSU_NETWORK", "Binanın daxili şəbəkəsidir, MTK-ya müraciət edin");

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_NOT_AZERSU_NETWORK);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("NOT_AZERSU_NETWORK");
    }

    @Test
    void eachDistrictHasItsCrewAndADistrictWithoutOneGoesToTheCentralDispatch() {
        String nasimi = dispatched(TestApplications.emergency("Nəsimi"));
        String xatai = dispatched(TestApplications.emergency("Xətai"));

        BpmnAwareTests.assertThat(cases.task(nasimi, TASK_ELIMINATE_ACCIDENT)).hasCandidateGroup("azersu-nasimi-emergency");
        BpmnAwareTests.assertThat(cases.task(xatai, TASK_ELIMINATE_ACCIDENT)).hasCandidateGroup("central-dispatch");
        assertThat(runtime.createIncidentQuery().processInstanceId(cases.instance(xatai).getId()).count()).isZero();
    }

    @Test
    void aReportedAccidentCannotBeWithdrawnAndConfirmingItChangesNothing() {
        String id = dispatched(TestApplications.emergency("Yasamal"));
        String number = applications.findById(id).orElseThrow().number();

        assertThatThrownBy(() -> cases.cancel(DemoCitizens.RASHAD, id)).isInstanceOf(ConflictException.class);
        assertThat(cases.confirm(DemoCitizens.RASHAD, id)).isEqualTo(number);

        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo(STATUS_DISPATCHED);
        assertThat(cases.task(id, TASK_ELIMINATE_ACCIDENT)).isNotNull();
    }

    @Test
    void aReportWithoutAddressOrWithASubscriberCodeIsRefusedAndNothingStored() {
        long before = applications.count();
        Map<String, Object> noAddress = TestApplications.emergencyData(null);
        noAddress.remove("street");
        noAddress.put("building", " ");
        noAddress.put("accidentKind", "FIRE");

        assertThatThrownBy(() -> cases.submit(DemoCitizens.RASHAD,
                new SubmitApplicationRequest(TestApplications.EMERGENCY, null, noAddress)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactlyInAnyOrder(tuple("data.district", "required"), tuple("data.street", "required"),
                                tuple("data.building", "required"), tuple("data.accidentKind", "notAnOption")));
        assertThatThrownBy(() -> cases.submit(DemoCitizens.RASHAD, new SubmitApplicationRequest(TestApplications.EMERGENCY,
                "10000001", TestApplications.emergencyData("Yasamal"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactly(tuple("subscriberCode", "notExpected")));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void anAccidentNotDealtWithInTwoHoursEscalatesToTheCrewsHeadAndStaysOnTop() {
        String id = dispatched(TestApplications.emergency("Yasamal"));
        String process = cases.instance(id).getId();
        Instant dispatchedAt = Instant.now();

        ClockUtil.setCurrentTime(Date.from(dispatchedAt.plus(Duration.ofMinutes(110))));
        cases.runDueJobs();
        assertThat(groupsOf(cases.task(id, TASK_ELIMINATE_ACCIDENT))).as("not yet late")
                .doesNotContain("azersu-yasamal-emergency-head");

        ClockUtil.setCurrentTime(Date.from(dispatchedAt.plus(Duration.ofMinutes(121))));
        assertThat(management.createJobQuery().processInstanceId(process).executable().timers().count()).isOne();
        cases.runDueJobs();

        Task late = cases.task(id, TASK_ELIMINATE_ACCIDENT);
        assertThat(late).as("the crew keeps it").isNotNull();
        assertThat(groupsOf(late)).contains("azersu-yasamal-emergency", "azersu-yasamal-emergency-head");
        assertThat(late.getPriority()).as("above an escalated ordinary task").isEqualTo(TASK_PRIORITY)
                .isGreaterThan(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        cases.recordAccidentOutcome(id, "ELIMINATED", ELIMINATED_NOTES);
        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed("Task_EscalateEliminateAccident",
                "EndEvent_EliminateAccidentEscalated", END_COMPLETED);
    }

    private List<String> groupsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
    }

    private String dispatched(SubmitApplicationRequest request) {
        return dispatched(request, List.of());
    }

    private String dispatched(SubmitApplicationRequest request, List<DocumentUpload> photo) {
        String id = cases.submit(DemoCitizens.RASHAD, request, photo);
        cases.runDueJobs();
        return id;
    }


    private List<StatusChange> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(
                tx -> List.copyOf(applications.findById(id).orElseThrow().history()));
    }
}
