package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterMeterInstallationProcess;

/** Camunda 7.24 gets no more patches: the engine REST API's known-dangerous inputs are refused by configuration. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngineRestHardeningTest {

    static final Login LEYLA = new Login("leyla", "demo");
    static final String EXPRESSION = "${''.getClass().forName('java.lang.Runtime')}";

    private final HttpCalls http;
    private final CaseScenarios cases;
    private final MeterStock stock;
    private final RuntimeService runtime;

    @Autowired
    EngineRestHardeningTest(@LocalServerPort int port, CaseScenarios cases, MeterStock stock, RuntimeService runtime) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.stock = stock;
        this.runtime = runtime;
    }

    @Test
    void anExpressionInAQueryParameterIsRefused() {
        Answer answer = http.get("/engine-rest/task?assigneeExpression=" + java.net.URLEncoder.encode(EXPRESSION,
                java.nio.charset.StandardCharsets.UTF_8), LEYLA);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).containsIgnoringCase("expression");
    }

    @Test
    void aPlainOrQueryIsAnswered() {
        Answer answer = http.post("/engine-rest/task", LEYLA, Map.of("orQueries", List.of(Map.of("assignee", "leyla"))));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    @Test
    void anExpressionInsideAnOrQueryIsRefused() {
        Answer answer = http.post("/engine-rest/task", LEYLA,
                Map.of("orQueries", List.of(Map.of("assigneeExpression", EXPRESSION))));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("assigneeExpression");
    }

    @Test
    void anExpressionInAJsonQueryBodyIsRefused() {
        Answer answer = http.post("/engine-rest/process-instance", LEYLA, Map.of("businessKeyExpression", "#{7*7}"));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void aJavaSerializedVariableIsRefused() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        String task = cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();

        Answer answer = http.post("/engine-rest/task/" + task + "/variables", LEYLA, Map.of("modifications",
                Map.of("payload", Map.of("value", "rO0ABXQABHRlc3Q=", "type", "Object", "valueInfo",
                        Map.of("objectTypeName", "java.lang.String",
                                "serializationDataFormat", "application/x-java-serialized-object")))));

        assertThat(answer.status()).isBetween(400, 599);
        assertThat(answer.text()).containsIgnoringCase("serializ");
        assertThat(runtime.getVariable(cases.processInstanceOf(id), "payload")).isNull();
    }

    @Test
    void aJsonObjectVariableOfAClassOfTheClientsChoosingIsNeverInstantiated() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        String task = cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();
        Gadget.MADE.set(0);

        Answer written = http.post("/engine-rest/task/" + task + "/variables", LEYLA, Map.of("modifications",
                Map.of("gadget", Map.of("value", "{}", "type", "Object", "valueInfo", Map.of(
                        "objectTypeName", Gadget.class.getName(), "serializationDataFormat", "application/json")))));
        Answer read = http.get("/engine-rest/task/" + task + "/variables/gadget", LEYLA);

        assertThat(written.status() >= 400 || read.status() >= 400).as(written + " / " + read).isTrue();
        assertThat(Gadget.MADE).as("instances made by the engine").hasValue(0);
    }

    /** What an attacker would name: a class doing something when it is made. */
    public static class Gadget {
        static final java.util.concurrent.atomic.AtomicInteger MADE = new java.util.concurrent.atomic.AtomicInteger();

        public Gadget() {
            MADE.incrementAndGet();
        }
    }
}
