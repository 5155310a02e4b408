package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;

/**
 * Camunda 7.24 gets no security patches and our models use no script: a deployment with a script is refused as a
 * whole, over the Modeler's REST path too, naming file and element; and the engine resolves no script engine at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScriptingDisabledTest {

    static final Login NURLAN = new Login("nurlan", "demo");

    /** A process with nothing in it; each test puts one script in. */
    static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            id="Definitions_ScriptProbe" targetNamespace="http://muraciet.az/bpmn">
              <bpmn:process id="ScriptProbe" isExecutable="true" camunda:historyTimeToLive="180">
                <bpmn:startEvent id="StartEvent_Probe"><bpmn:outgoing>SequenceFlow_Started</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Task_Probe" camunda:expression="${true}">
                  <bpmn:incoming>SequenceFlow_Started</bpmn:incoming><bpmn:outgoing>SequenceFlow_Done</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="EndEvent_Probe"><bpmn:incoming>SequenceFlow_Done</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="SequenceFlow_Started" sourceRef="StartEvent_Probe" targetRef="Task_Probe" />
                <bpmn:sequenceFlow id="SequenceFlow_Done" sourceRef="Task_Probe" targetRef="EndEvent_Probe" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    static final String SERVICE_TASK = "<bpmn:serviceTask id=\"Task_Probe\" camunda:expression=\"${true}\">";

    static final String DECISION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" \
            id="Definitions_ScriptProbeDecision" name="Probe" namespace="http://muraciet.az/dmn">
              <decision id="ScriptProbeDecision" name="Probe" camunda:historyTimeToLive="180">
                <decisionTable id="DecisionTable_Probe" hitPolicy="FIRST">
                  <input id="Input_District"><inputExpression id="InputExpression_District" typeRef="string"><text>district</text></inputExpression></input>
                  <output id="Output_Group" name="departmentGroup" typeRef="string" />
                  <rule id="Rule_Any">
                    <inputEntry id="InputEntry_Any"><text></text></inputEntry>
                    <outputEntry id="OutputEntry_Any"><text>"central-dispatch"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    private final HttpCalls http;
    @Autowired RepositoryService repository;
    @Autowired ProcessEngine engine;

    ScriptingDisabledTest(@LocalServerPort int port) {
        this.http = new HttpCalls(port);
    }

    @Test
    void theCleanProbeDeploysSoTheRefusalsBelowAreTheScripts() {
        Answer deployed = deploy(NURLAN, "ScriptProbe.bpmn", PROCESS);

        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        repository.deleteDeployment(deployed.json().path("id").asText(), true);
    }

    @Test
    void aScriptTaskFromTheModelerIsRefusedNamingFileAndElement() {
        String model = PROCESS.replace(SERVICE_TASK, "<bpmn:scriptTask id=\"Task_Probe\" scriptFormat=\"groovy\">"
                + "<bpmn:script>'touch /tmp/pwned'.execute()</bpmn:script>").replace("</bpmn:serviceTask>", "</bpmn:scriptTask>");

        assertRefused(deploy(NURLAN, "ScriptProbe.bpmn", model), "ScriptProbe.bpmn: Task_Probe has a script task");
    }

    @Test
    void aScriptListenerIsRefused() {
        String model = PROCESS.replace(SERVICE_TASK, SERVICE_TASK + "<bpmn:extensionElements><camunda:executionListener "
                + "event=\"start\"><camunda:script scriptFormat=\"javascript\">java.lang.System.exit(1)</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements>");

        assertRefused(deploy(NURLAN, "ScriptProbe.bpmn", model), "Task_Probe has a script (javascript)");
    }

    @Test
    void aScriptInAnOutputParameterIsRefused() {
        String model = PROCESS.replace(SERVICE_TASK, SERVICE_TASK + "<bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:outputParameter name=\"x\"><camunda:script scriptFormat=\"juel\">${1}</camunda:script>"
                + "</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>");

        assertRefused(deploy(NURLAN, "ScriptProbe.bpmn", model), "Task_Probe has a script (juel)");
    }

    @Test
    void aScriptConditionIsRefused() {
        String model = PROCESS.replace(
                "<bpmn:sequenceFlow id=\"SequenceFlow_Done\" sourceRef=\"Task_Probe\" targetRef=\"EndEvent_Probe\" />",
                "<bpmn:sequenceFlow id=\"SequenceFlow_Done\" sourceRef=\"Task_Probe\" targetRef=\"EndEvent_Probe\">"
                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\" "
                        + "camunda:resource=\"deployment://run.groovy\" /></bpmn:sequenceFlow>");

        assertRefused(deploy(NURLAN, "ScriptProbe.bpmn", model), "SequenceFlow_Done has a condition in the script language 'groovy'");
    }

    @Test
    void aDecisionInAScriptLanguageIsRefused() {
        String table = DECISION.replace("<inputEntry id=\"InputEntry_Any\">",
                "<inputEntry id=\"InputEntry_Any\" expressionLanguage=\"javascript\">");

        assertRefused(deploy(NURLAN, "ScriptProbeDecision.dmn", table),
                "ScriptProbeDecision.dmn: InputEntry_Any has a decision expression in the language 'javascript'");
    }

    @Test
    void aDeploymentWithOneScriptIsRefusedWholeAlsoThroughTheJavaApi() {
        long before = repository.createDeploymentQuery().count();
        String model = PROCESS.replace("<bpmn:startEvent id=\"StartEvent_Probe\">", "<bpmn:startEvent id=\"StartEvent_Probe\">"
                + "<bpmn:extensionElements><camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"groovy\">1"
                + "</camunda:script></camunda:executionListener></bpmn:extensionElements>");

        assertThatThrownBy(() -> repository.createDeployment().name("probe")
                .addString("ScriptProbeDecision.dmn", DECISION).addString("ScriptProbe.bpmn", model).deploy())
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ScriptProbe.bpmn: StartEvent_Probe");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("ScriptProbeDecision").count()).isZero();
    }

    @Test
    void aScriptInACaseModelIsRefused() {
        String cmmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/cmmn" id="Definitions_Probe" targetNamespace="http://muraciet.az/cmmn">
                  <cmmn:case id="Case_Probe"><cmmn:casePlanModel id="CasePlanModel_Probe">
                    <cmmn:extensionElements><camunda:caseExecutionListener event="create">
                      <camunda:script scriptFormat="groovy">1</camunda:script>
                    </camunda:caseExecutionListener></cmmn:extensionElements>
                  </cmmn:casePlanModel></cmmn:case>
                </cmmn:definitions>
                """;

        assertThatThrownBy(() -> repository.createDeployment().name("probe").addString("Probe.cmmn", cmmn).deploy())
                .hasMessageContaining("Probe.cmmn: CasePlanModel_Probe has a script (groovy)");
        assertThat(repository.createCaseDefinitionQuery().caseDefinitionKey("Case_Probe").count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "juel", "groovy", "javascript", "graal.js", "js", "python" })
    void theEngineResolvesNoScriptEngine(String language) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired()
                .execute(command -> configuration.getScriptingEngines().getScriptEngineForLanguage(language)))
                .hasMessageContaining("Can't find scripting engine");
    }

    private void assertRefused(Answer answer, String naming) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("scripts are disabled").contains(naming);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ScriptProbe").count()).isZero();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("ScriptProbeDecision").count()).isZero();
    }

    private Answer deploy(Login login, String name, String model) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "ScriptProbe");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add(name, new ByteArrayResource(model.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http.postMultipart("/engine-rest/deployment/create", login, parts);
    }
}
