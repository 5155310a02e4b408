package az.muraciet.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import az.muraciet.document.DocumentUpload;
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.intake.SubmitApplicationRequest;
import az.muraciet.intake.TestApplications;

/** Drives cases through the real intake and engine, the way citizens and employees would. */
@Component
public class CaseScenarios {

    private final ApplicationIntake intake;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final Map<String, ProcessInstance> instances = new ConcurrentHashMap<>();

    CaseScenarios(ApplicationIntake intake, TaskService tasks, ManagementService management, HistoryService history,
            RuntimeService runtime) {
        this.intake = intake;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.runtime = runtime;
    }

    /** Submits for the citizen and returns the case id (= business key). */
    public String submit(String fin, String subscriberCode) {
        return submit(fin, TestApplications.meterInstallation(subscriberCode));
    }

    /** Submits any application for the citizen and returns the case id (= business key). */
    public String submit(String fin, SubmitApplicationRequest request) {
        return remembered(intake.submit(fin, request).id());
    }

    /** Submits an application with its documents for the citizen and returns the case id (= business key). */
    public String submit(String fin, SubmitApplicationRequest request, List<DocumentUpload> documents) {
        return remembered(intake.submit(fin, request, documents).id());
    }

    /** The case's process instance, remembered from its submission: still at hand once the instance has ended. */
    public ProcessInstance instance(String applicationId) {
        return instances.computeIfAbsent(applicationId,
                key -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult());
    }

    private String remembered(String applicationId) {
        instance(applicationId);
        return applicationId;
    }

    public String confirm(String fin, String applicationId) {
        return intake.confirm(fin, applicationId).number();
    }

    public void cancel(String fin, String applicationId) {
        intake.cancel(fin, applicationId);
    }

    /** Runs every job that is due now (async continuations), until none is left. */
    public void runDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming: a loop in the model?");
    }

    public Task task(String applicationId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey(taskKey).singleResult();
    }

    public void complete(String applicationId, String taskKey, Map<String, Object> variables) {
        tasks.complete(task(applicationId, taskKey).getId(), variables);
        runDueJobs();
    }

    public void assignExecutor(String applicationId, String executor) {
        complete(applicationId, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR, Map.of("executor", executor));
    }

    public void recordInstalled(String applicationId) {
        complete(applicationId, WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME, Map.of(
                "visitOutcome", "INSTALLED", "meterSerial", "AZ-2026-0001", "initialReading", 0.0, "sealNumber", "PL-5501"));
    }

    public void drawUpAct(String applicationId) {
        complete(applicationId, WaterMeterInstallationProcess.TASK_DRAW_UP_ACT, Map.of(
                "actDate", LocalDate.now().toString(), "actNotes", "Sayğac quraşdırıldı, plomblandı",
                "subscriberAcknowledged", true));
    }

    // --- Azərsu's electronic appeal and emergency service ------------------------------------------------------

    /** The unit's employee drafts the answer to an appeal. */
    public void draftAnswer(String applicationId, String answer) {
        complete(applicationId, ElectronicAppealProcess.TASK_DRAFT_ANSWER, Map.of(ElectronicAppealProcess.ANSWER_TEXT, answer));
    }

    /** The unit's head approves the drafted answer: it goes to the citizen. */
    public void approveAnswer(String applicationId) {
        complete(applicationId, ElectronicAppealProcess.TASK_APPROVE_ANSWER,
                Map.of(ElectronicAppealProcess.APPROVAL_DECISION, "APPROVED"));
    }

    /** The unit's head sends the drafted answer back for rework, saying why. */
    public void returnAnswer(String applicationId, String comment) {
        complete(applicationId, ElectronicAppealProcess.TASK_APPROVE_ANSWER, Map.of(
                ElectronicAppealProcess.APPROVAL_DECISION, "RETURNED", ElectronicAppealProcess.REVIEW_COMMENT, comment));
    }

    /** The emergency crew records what it did or found. */
    public void recordAccidentOutcome(String applicationId, String outcome, String notes) {
        complete(applicationId, EmergencyServiceProcess.TASK_ELIMINATE_ACCIDENT, Map.of(
                EmergencyServiceProcess.ACCIDENT_OUTCOME, outcome, EmergencyServiceProcess.OUTCOME_NOTES, notes));
    }

    public Job timer(String applicationId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceOf(applicationId)).timers().activityId(activityId)
                .singleResult();
    }

    public String processInstanceOf(String applicationId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult().getId();
    }
}
