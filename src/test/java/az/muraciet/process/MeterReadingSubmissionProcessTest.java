package az.muraciet.process;

import static az.muraciet.process.MeterReadingSubmissionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.InvalidInputException;
import az.muraciet.subscriber.MeterReading;
import az.muraciet.subscriber.MeterReadingHistory;
import az.muraciet.subscriber.MeteredSubscribers;
import az.muraciet.subscriber.Subscriber;

/**
 * Every path of Azərsu's meter reading submission, driven through the real intake, engine, plausibility table,
 * reading history and case record. Each test has subscribers of its own (a meter read monthly, last at 1000 m³ on
 * the first of this month, 10 m³ a month), so the readings one records never meet another's. Together the tests cover
 * every flow node and sequence flow of the model (asserted, and reported under {@code target/process-test-coverage}).
 */
@SpringBootTest
@Import(FullProcessCoverage.class)
class MeterReadingSubmissionProcessTest {

    static final String CITIZEN = DemoCitizens.RASHAD;

    @Autowired CaseScenarios cases;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Applications applications;
    @Autowired ApplicationIntake intake;
    @Autowired MeteredSubscribers meters;
    @Autowired MeterReadingHistory history;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aPlausibleReadingIsRegisteredAtOnceAcceptedAndTheCaseCompleted() {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12);

        ApplicationIntake.Submitted submitted = intake.submit(CITIZEN,
                TestApplications.meterReading(subscriber.code(), 1012.125));

        assertThat(submitted.status()).as("no confirmation step: registered as it is submitted").isEqualTo("REGISTERED");
        assertThat(submitted.number()).matches("AG-\\d{4}-\\d{6}");
        assertThat(submitted.warnings()).as("the meter is expected, not warned about").isEmpty();
        String id = submitted.id();
        BpmnAwareTests.assertThat(cases.instance(id)).isWaitingAt(TASK_GATHER_READING_FACTS);

        cases.runDueJobs();

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassedInOrder(START_EVENT, EVENT_REGISTERED,
                TASK_GATHER_READING_FACTS, TASK_CHECK_PLAUSIBILITY, GATEWAY_READING_PLAUSIBLE,
                GATEWAY_SUBMITTED_READING_ACCEPTED, TASK_RECORD_SUBMITTED_READING, GATEWAY_READING_RECORDED,
                EVENT_READING_ACCEPTED, END_COMPLETED).hasNotPassed(TASK_REVIEW_READING);
        assertThat(historyOf(id)).extracting(StatusChange::status, StatusChange::note).containsExactly(
                tuple("SUBMITTED", null), tuple("REGISTERED", null), tuple("READING_ACCEPTED", "1012.125 m³"),
                tuple("COMPLETED", null));
        assertThat(meters.readingsOf(subscriber)).last().satisfies(reading -> {
            assertThat(reading.value()).isEqualByComparingTo("1012.125");
            assertThat(reading.source()).isEqualTo(MeterReading.Source.CITIZEN);
            assertThat(reading.applicationId()).isEqualTo(id);
            assertThat(reading.meterSerial()).isEqualTo(subscriber.meterSerial());
        });
        Map<String, Object> facts = historicVariables(id);
        assertThat(facts).containsEntry("readingCheck", "PLAUSIBLE").containsEntry("lastReading", 1000.0)
                .containsEntry("averageMonthlyConsumption", 10.0).containsEntry("readingUnit", "m³")
                .containsEntry("meterSerial", subscriber.meterSerial());
        assertThat((Double) facts.get("consumptionSinceLastReading")).isEqualTo(12.125, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aReadingLowerThanTheLastIsReviewedInTheDistrictsDepartmentAndAcceptedAsSubmitted() {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Nəsimi", "1000", "10", 12);
        String id = submitted(subscriber, 999.5);

        BpmnAwareTests.assertThat(cases.instance(id)).isWaitingAt(TASK_REVIEW_READING);
        Task review = cases.task(id, TASK_REVIEW_READING);
        BpmnAwareTests.assertThat(review).hasCandidateGroup("azersu-nasimi");
        Map<String, Object> shown = tasks.getVariables(review.getId());
        assertThat(shown).containsEntry("readingCheck", "LOWER_THAN_LAST").containsEntry("reading", 999.5)
                .containsEntry("lastReading", 1000.0).containsEntry("averageMonthlyConsumption", 10.0)
                .containsEntry("lastReadingDate", meters.readingsOf(subscriber).get(12).readOn().toString())
                .containsEntry("applicationNumber", applications.findById(id).orElseThrow().number());
        assertThat((Double) shown.get("consumptionSinceLastReading")).isEqualTo(-0.5, org.assertj.core.api.Assertions.within(1e-9));

        cases.complete(id, TASK_REVIEW_READING, Map.of(REVIEW_DECISION, "ACCEPT"));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassedInOrder(GATEWAY_READING_PLAUSIBLE,
                TASK_DETERMINE_DEPARTMENT, EVENT_FORWARDED, TASK_REVIEW_READING, GATEWAY_REVIEW_DECISION,
                GATEWAY_SUBMITTED_READING_ACCEPTED, TASK_RECORD_SUBMITTED_READING, EVENT_READING_ACCEPTED, END_COMPLETED);
        assertThat(historyOf(id)).extracting(StatusChange::status).containsExactly("SUBMITTED", "REGISTERED",
                "FORWARDED", "READING_ACCEPTED", "COMPLETED");
        assertThat(historyOf(id).get(3).note()).isEqualTo("999.5 m³");
        assertThat(meters.readingsOf(subscriber)).last().extracting(MeterReading::value, MeterReading::source)
                .containsExactly(new BigDecimal("999.500"), MeterReading.Source.CITIZEN);
    }

    @Test
    void aReadingFarAboveTheAverageIsCorrectedByTheEmployeeAndTheCorrectedOneAccepted() {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12);
        String id = submitted(subscriber, 1300);

        Task review = cases.task(id, TASK_REVIEW_READING);
        BpmnAwareTests.assertThat(review).hasCandidateGroup("azersu-yasamal");
        assertThat(tasks.getVariable(review.getId(), "readingCheck")).isEqualTo("FAR_ABOVE_AVERAGE");
        cases.complete(id, TASK_REVIEW_READING, Map.of(REVIEW_DECISION, "CORRECT", CORRECTED_READING, 1030.25));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(TASK_RECORD_CORRECTED_READING, GATEWAY_READING_RECORDED,
                END_COMPLETED).hasNotPassed(TASK_RECORD_SUBMITTED_READING);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("COMPLETED");
        assertThat(historyOf(id)).filteredOn(change -> change.status().equals("READING_ACCEPTED"))
                .extracting(StatusChange::note).containsExactly("1030.25 m³");
        assertThat(meters.readingsOf(subscriber)).last().satisfies(reading -> {
            assertThat(reading.value()).isEqualByComparingTo("1030.25");
            assertThat(reading.source()).isEqualTo(MeterReading.Source.EMPLOYEE);
        });
        assertThat(meters.readingsOf(subscriber)).extracting(MeterReading::value)
                .noneMatch(value -> value.compareTo(new BigDecimal("1300")) == 0);
    }

    @Test
    void aMeterWithoutReadingsIsReviewedAndTheReadingRejectedWithTheEmployeesReason() {
        Subscriber subscriber = meters.withMeter(CITIZEN, "Yasamal");
        String id = submitted(subscriber, 250);

        Task review = cases.task(id, TASK_REVIEW_READING);
        assertThat(tasks.getVariables(review.getId())).containsEntry("readingCheck", "NO_PREVIOUS_READING")
                .containsEntry("lastReading", null).containsEntry("averageMonthlyConsumption", null);
        cases.complete(id, TASK_REVIEW_READING, Map.of(REVIEW_DECISION, "REJECT",
                REJECTION_REASON, "Sayğacın seriya nömrəsi uyğun gəlmir, nəzarətçi baxış keçirəcək"));

        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(END_REJECTED)
                .hasNotPassed(TASK_RECORD_SUBMITTED_READING, TASK_RECORD_CORRECTED_READING);
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.status()).isEqualTo("REJECTED");
        assertThat(application.statusReason()).isEqualTo("READING_NOT_ACCEPTED");
        assertThat(historyOf(id)).last().extracting(StatusChange::status, StatusChange::note).containsExactly(
                "REJECTED", "Sayğacın seriya nömrəsi uyğun gəlmir, nəzarətçi baxış keçirəcək");
        assertThat(meters.readingsOf(subscriber)).isEmpty();
    }

    @Test
    void theReviewFormsRulesHoldWhenTheTaskIsCompleted() {
        String id = submitted(meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12), 900);
        String review = cases.task(id, TASK_REVIEW_READING).getId();

        assertThatThrownBy(() -> tasks.complete(review, Map.of(REVIEW_DECISION, "CORRECT")))
                .hasMessageContaining("correctedReading");
        assertThatThrownBy(() -> tasks.complete(review, Map.of(REVIEW_DECISION, "CORRECT", CORRECTED_READING, 950.0001)))
                .hasMessageContaining("correctedReading");
        assertThatThrownBy(() -> tasks.complete(review, Map.of(REVIEW_DECISION, "REJECT")))
                .hasMessageContaining("rejectionReason");
        BpmnAwareTests.assertThat(cases.instance(id)).isWaitingAt(TASK_REVIEW_READING);
    }

    @Test
    void aCodeWithoutAnActiveMeterOrABadReadingIsRefusedAtIntakeAndNothingStored() {
        Subscriber noMeter = meters.withoutMeter(CITIZEN, "Yasamal");
        Subscriber metered = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12);
        long before = applications.count();

        assertThatThrownBy(() -> intake.submit(CITIZEN, TestApplications.meterReading(noMeter.code(), 12.5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactly(tuple("subscriberCode", "noActiveMeter")));
        for (Object bad : List.of(-1, 1012.1255, "on iki", "")) {
            assertThatThrownBy(() -> intake.submit(CITIZEN, TestApplications.meterReading(metered.code(), bad)))
                    .as("reading %s", bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(InvalidInputException.FieldError::field).containsExactly("data.reading"));
        }
        assertThat(applications.count()).isEqualTo(before);
        assertThat(meters.readingsOf(metered)).hasSize(13);
    }

    @Test
    void theSameReadingSubmittedTwiceIsRecordedOnce() {
        Subscriber subscriber = meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12);

        String first = intake.submit(CITIZEN, TestApplications.meterReading(subscriber.code(), 1008.4)).id();
        String second = intake.submit(CITIZEN, TestApplications.meterReading(subscriber.code(), 1008.4)).id();
        cases.runDueJobs();

        for (String id : List.of(first, second)) {
            assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("COMPLETED");
            assertThat(historyOf(id)).filteredOn(change -> change.status().equals("READING_ACCEPTED"))
                    .extracting(StatusChange::note).containsExactly("1008.4 m³");
        }
        assertThat(meters.readingsOf(subscriber)).hasSize(14).last().satisfies(reading -> {
            assertThat(reading.value()).isEqualByComparingTo("1008.4");
            assertThat(reading.applicationId()).isEqualTo(first);
        });

        // the step recording it run again (a retried job) records nothing new either
        MeterReading again = history.record(subscriber.code(), new BigDecimal("1008.4"),
                meters.readingsOf(subscriber).get(13).readOn(), MeterReading.Source.CITIZEN, second);
        assertThat(again.applicationId()).isEqualTo(first);
        assertThat(meters.readingsOf(subscriber)).hasSize(14);
    }

    @Test
    void aDistrictWithoutItsOwnRuleIsReviewedByTheCentralDispatch() {
        String id = submitted(meters.withHistory(CITIZEN, "Xətai", "1000", "10", 12), 10);

        BpmnAwareTests.assertThat(cases.task(id, TASK_REVIEW_READING)).hasCandidateGroup("central-dispatch");
        assertThat(runtime.createIncidentQuery().processInstanceId(cases.instance(id).getId()).count()).isZero();
    }

    @Test
    void anOverdueReviewEscalatesToTheDepartmentHead() {
        String id = submitted(meters.withHistory(CITIZEN, "Yasamal", "1000", "10", 12), 2000);
        Task review = cases.task(id, TASK_REVIEW_READING);
        assertThat(Duration.between(Instant.now(), review.getDueDate().toInstant()).toHours()).isBetween(47L, 48L);

        management.executeJob(cases.timer(id, BOUNDARY_REVIEW_READING_OVERDUE).getId());

        Task overdue = cases.task(id, TASK_REVIEW_READING);
        assertThat(overdue).as("an overdue review stays where it is").isNotNull();
        assertThat(overdue.getPriority()).isEqualTo(EscalateToDepartmentHeadDelegate.ESCALATED_PRIORITY);
        assertThat(tasks.getIdentityLinksForTask(overdue.getId())).extracting(IdentityLink::getGroupId)
                .contains("azersu-yasamal", "azersu-yasamal-head");
        cases.complete(id, TASK_REVIEW_READING, Map.of(REVIEW_DECISION, "ACCEPT"));
        BpmnAwareTests.assertThat(cases.instance(id)).isEnded().hasPassed(TASK_ESCALATE_REVIEW_READING,
                END_REVIEW_READING_ESCALATED, END_COMPLETED);
    }

    /** Submitted and run until it waits: accepted at once, or at the review. */
    private String submitted(Subscriber subscriber, Object reading) {
        String id = cases.submit(CITIZEN, TestApplications.meterReading(subscriber.code(), reading));
        cases.runDueJobs();
        return id;
    }


    private Map<String, Object> historicVariables(String applicationId) {
        Map<String, Object> variables = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(cases.instance(applicationId).getId()).list()
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        return variables;
    }

    private List<StatusChange> historyOf(String id) {
        return new TransactionTemplate(transactions).execute(
                tx -> List.copyOf(applications.findById(id).orElseThrow().history()));
    }
}
