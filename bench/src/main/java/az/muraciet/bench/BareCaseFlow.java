package az.muraciet.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The same case on the bare engine through its Java API: started with the variables the application's intake gives
 * it, confirmed by the same message, looked up (its historic instance, the engine's "status"), its three user tasks
 * completed with the same variables, each found by the same query, until the instance has ended.
 */
final class BareCaseFlow implements CaseFlow {

    static final String PROCESS_KEY = "WaterMeterInstallation";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final Polling polling;

    BareCaseFlow(ProcessEngine engine, Polling polling) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.polling = polling;
    }

    static VariableMap startVariables(String applicationId) {
        return Variables.createVariables()
                .putValue("reason", "NEW_INSTALLATION").putValue("notes", "Yük testi").putValue("additionalMeter", true)
                .putValue("applicationId", applicationId)
                .putValue("serviceCode", "WATER_METER_INSTALLATION")
                .putValue("utility", "AZERSU")
                .putValue("subscriberCode", "10000001")
                .putValue("applicantName", "Rəşad Əliyev")
                .putValue("address", "Bakı, Yasamal r., Şərifzadə küç. 12, m. 5")
                .putValue("district", "Yasamal")
                .putValue("contactPhone", "+994501234567")
                .putValue("contactEmail", "resad.aliyev@example.az")
                .putValue("confirmationTimeout", "PT24H");
    }

    @Override
    public void runOneCase(Latencies latencies) throws Exception {
        String applicationId = UUID.randomUUID().toString();
        long t = System.nanoTime();
        String instanceId = runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(applicationId)
                .setVariables(startVariables(applicationId)).execute().getId();
        latencies.record(SUBMIT, t);

        t = System.nanoTime();
        runtime.createMessageCorrelation("Message_ApplicationConfirmed").processInstanceId(instanceId)
                .setVariable("statusActor", Variables.stringValue("citizen", true)).correlateWithResult();
        latencies.record(CONFIRM, t);
        ended(instanceId, latencies);

        complete(applicationId, "Task_AssignExecutor", Map.of("executor", "rauf"), latencies);
        complete(applicationId, "Task_RecordVisitOutcome", Map.of("visitOutcome", "INSTALLED",
                "meterSerial", "BN-" + applicationId.substring(0, 8).toUpperCase(), "initialReading", 0.125,
                "sealNumber", "PL-7001"), latencies);
        complete(applicationId, "Task_DrawUpAct", Map.of("actDate", LocalDate.now().toString(),
                "subscriberAcknowledged", true), latencies);

        long waiting = System.nanoTime();
        polling.until("instance " + instanceId + " ended", () -> ended(instanceId, latencies));
        latencies.record(END_WAIT, waiting);
    }

    private boolean ended(String instanceId, Latencies latencies) {
        long t = System.nanoTime();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .singleResult();
        latencies.record(STATUS, t);
        return instance.getEndTime() != null;
    }

    private void complete(String applicationId, String taskKey, Map<String, Object> variables, Latencies latencies)
            throws Exception {
        Task[] task = new Task[1];
        long waiting = System.nanoTime();
        polling.until(taskKey + " of " + applicationId, () -> {
            task[0] = tasks.createTaskQuery().processInstanceBusinessKey(applicationId).taskDefinitionKey(taskKey)
                    .singleResult();
            return task[0] != null;
        });
        latencies.record(TASK_WAIT, waiting);
        long t = System.nanoTime();
        tasks.complete(task[0].getId(), variables);
        latencies.record(COMPLETE_TASK, t);
    }
}
