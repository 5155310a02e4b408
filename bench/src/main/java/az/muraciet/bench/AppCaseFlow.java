package az.muraciet.bench;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A water meter installation through the running application, as its users drive it: the citizen submits and
 * confirms over the citizen API and looks the case up; the department head assigns the executor, the executor records
 * the visit (meter installed) and draws up the act, through the engine REST API as Tasklist would; the case ends
 * COMPLETED (the routing, the stock reservation and the act are asynchronous steps of the engine's job executor).
 */
final class AppCaseFlow implements CaseFlow {

    static final AppHttp.Login CITIZEN = new AppHttp.Login("1AB2C3D", "demo");
    static final AppHttp.Login HEAD = new AppHttp.Login("leyla", "demo");
    static final AppHttp.Login EXECUTOR = new AppHttp.Login("rauf", "demo");
    static final String SUBMISSION = """
            {"serviceCode":"WATER_METER_INSTALLATION","subscriberCode":"10000001","data":{"reason":"NEW_INSTALLATION",\
            "phone":"050 123 45 67","email":"resad.aliyev@example.az","notes":"Yük testi","additionalMeter":true}}""";
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private final AppHttp http;
    private final Polling polling;

    AppCaseFlow(AppHttp http, Polling polling) {
        this.http = http;
        this.polling = polling;
    }

    @Override
    public void runOneCase(Latencies latencies) throws Exception {
        long t = System.nanoTime();
        JsonNode submitted = http.post("/api/v1/applications", CITIZEN, SUBMISSION).expect(201, "submit").json();
        latencies.record(SUBMIT, t);
        String id = submitted.path("id").asText();

        t = System.nanoTime();
        JsonNode confirmed = http.post("/api/v1/applications/" + id + "/confirm", CITIZEN, "").expect(200, "confirm").json();
        latencies.record(CONFIRM, t);
        String number = confirmed.path("number").asText();
        status(number, latencies);

        complete(id, "Task_AssignExecutor", HEAD, "{\"executor\":{\"value\":\"rauf\"}}", latencies);
        String serial = "BN-" + SERIALS.incrementAndGet();
        complete(id, "Task_RecordVisitOutcome", EXECUTOR, """
                {"visitOutcome":{"value":"INSTALLED"},"meterSerial":{"value":"%s"},\
                "initialReading":{"value":0.125,"type":"Double"},"sealNumber":{"value":"PL-7001"}}""".formatted(serial),
                latencies);
        complete(id, "Task_DrawUpAct", EXECUTOR, """
                {"actDate":{"value":"%s"},"subscriberAcknowledged":{"value":true}}""".formatted(LocalDate.now()), latencies);

        long waiting = System.nanoTime();
        polling.until("case " + number + " COMPLETED", () -> "COMPLETED".equals(status(number, latencies)));
        latencies.record(END_WAIT, waiting);
    }

    private String status(String number, Latencies latencies) throws Exception {
        long t = System.nanoTime();
        JsonNode details = http.get("/api/v1/applications/" + number, CITIZEN).expect(200, "status").json();
        latencies.record(STATUS, t);
        return details.path("status").asText();
    }

    private void complete(String applicationId, String taskKey, AppHttp.Login employee, String variables,
            Latencies latencies) throws Exception {
        String[] taskId = new String[1];
        long waiting = System.nanoTime();
        polling.until(taskKey + " of " + applicationId, () -> {
            JsonNode found = http.get("/engine-rest/task?processInstanceBusinessKey=" + applicationId
                    + "&taskDefinitionKey=" + taskKey, employee).expect(200, "task query").json();
            if (found.size() == 1) {
                taskId[0] = found.get(0).path("id").asText();
                return true;
            }
            return false;
        });
        latencies.record(TASK_WAIT, waiting);
        long t = System.nanoTime();
        http.post("/engine-rest/task/" + taskId[0] + "/complete", employee, "{\"variables\":" + variables + "}")
                .expect(204, "complete " + taskKey);
        latencies.record(COMPLETE_TASK, t);
    }
}
