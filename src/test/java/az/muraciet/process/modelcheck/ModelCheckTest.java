package az.muraciet.process.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import az.muraciet.casefile.CaseStatuses;
import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.CamundaForms;
import az.muraciet.notification.Channel;
import az.muraciet.notification.MessageTemplates;

/**
 * The analysts' models in {@code processes/} break no rule of the model check, checked against the running
 * application; and each rule catches the fault it is there for, in small models written here.
 */
@SpringBootTest
class ModelCheckTest {

    static final String FILE = "processes/MeterInspection.bpmn";
    static final String ROUTING_FILE = "processes/Routing.dmn";

    /** A model that breaks no rule; each test below breaks one. */
    static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" \
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_MeterInspection" \
            targetNamespace="http://muraciet.az/bpmn">
              <bpmn:process id="MeterInspection" isExecutable="true" camunda:historyTimeToLive="180">
                <bpmn:extensionElements><camunda:executionListener delegateExpression="${escalateDelegate}" event="end" /></bpmn:extensionElements>
                <bpmn:startEvent id="StartEvent_Requested" camunda:formRef="Form_Request" camunda:formRefBinding="deployment">
                  <bpmn:outgoing>SequenceFlow_Requested</bpmn:outgoing>
                </bpmn:startEvent>
                <bpmn:userTask id="Task_Inspect" camunda:formRef="Form_Inspect" camunda:formRefBinding="deployment" \
            camunda:candidateGroups="${departmentGroup}" camunda:dueDate="${taskDeadlines.dueDate(execution, 'Task_Inspect')}">
                  <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="overdueTask">Task_Inspect</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>SequenceFlow_Requested</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_Inspected</bpmn:outgoing>
                </bpmn:userTask>
                <bpmn:boundaryEvent id="BoundaryEvent_InspectOverdue" cancelActivity="false" attachedToRef="Task_Inspect">
                  <bpmn:outgoing>SequenceFlow_InspectOverdue</bpmn:outgoing>
                  <bpmn:timerEventDefinition id="TimerEventDefinition_InspectDue"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${taskDeadlines.dueDate(execution, 'Task_Inspect')}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:serviceTask id="Task_Escalate" camunda:delegateExpression="${escalateDelegate}">
                  <bpmn:incoming>SequenceFlow_InspectOverdue</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_Escalated</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="EndEvent_Escalated">
                  <bpmn:incoming>SequenceFlow_Escalated</bpmn:incoming>
                </bpmn:endEvent>
                <bpmn:endEvent id="EndEvent_Inspected">
                  <bpmn:extensionElements><camunda:properties><camunda:property name="caseStatus" value="COMPLETED" /></camunda:properties></bpmn:extensionElements>
                  <bpmn:incoming>SequenceFlow_Inspected</bpmn:incoming>
                </bpmn:endEvent>
                <bpmn:sequenceFlow id="SequenceFlow_Requested" sourceRef="StartEvent_Requested" targetRef="Task_Inspect" />
                <bpmn:sequenceFlow id="SequenceFlow_Inspected" sourceRef="Task_Inspect" targetRef="EndEvent_Inspected" />
                <bpmn:sequenceFlow id="SequenceFlow_InspectOverdue" sourceRef="BoundaryEvent_InspectOverdue" targetRef="Task_Escalate" />
                <bpmn:sequenceFlow id="SequenceFlow_Escalated" sourceRef="Task_Escalate" targetRef="EndEvent_Escalated" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="BPMNDiagram_MeterInspection">
                <bpmndi:BPMNPlane id="BPMNPlane_MeterInspection" bpmnElement="MeterInspection">
                  <bpmndi:BPMNShape id="StartEvent_Requested_di" bpmnElement="StartEvent_Requested"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Inspect_di" bpmnElement="Task_Inspect"><dc:Bounds x="200" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="BoundaryEvent_InspectOverdue_di" bpmnElement="BoundaryEvent_InspectOverdue"><dc:Bounds x="262" y="62" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Escalate_di" bpmnElement="Task_Escalate"><dc:Bounds x="340" y="0" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="EndEvent_Escalated_di" bpmnElement="EndEvent_Escalated"><dc:Bounds x="500" y="22" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="EndEvent_Inspected_di" bpmnElement="EndEvent_Inspected"><dc:Bounds x="400" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="SequenceFlow_Requested_di" bpmnElement="SequenceFlow_Requested"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="SequenceFlow_Inspected_di" bpmnElement="SequenceFlow_Inspected"><di:waypoint x="300" y="120" /><di:waypoint x="400" y="120" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="SequenceFlow_InspectOverdue_di" bpmnElement="SequenceFlow_InspectOverdue"><di:waypoint x="280" y="62" /><di:waypoint x="340" y="40" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="SequenceFlow_Escalated_di" bpmnElement="SequenceFlow_Escalated"><di:waypoint x="440" y="40" /><di:waypoint x="500" y="40" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    /** A routing table that breaks no rule. */
    static final String ROUTING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" \
            id="Definitions_Routing" name="Routing" namespace="http://muraciet.az/dmn">
              <decision id="Routing" name="Routing" camunda:historyTimeToLive="180">
                <decisionTable id="DecisionTable_Routing" hitPolicy="FIRST">
                  <input id="Input_District"><inputExpression id="InputExpression_District" typeRef="string"><text>district</text></inputExpression></input>
                  <output id="Output_DepartmentGroup" name="departmentGroup" typeRef="string" />
                  <rule id="Rule_Yasamal">
                    <inputEntry id="InputEntry_Yasamal"><text>"Yasamal"</text></inputEntry>
                    <outputEntry id="OutputEntry_Yasamal"><text>"azersu-yasamal"</text></outputEntry>
                  </rule>
                  <rule id="Rule_Fallback">
                    <inputEntry id="InputEntry_Fallback"><text></text></inputEntry>
                    <outputEntry id="OutputEntry_Fallback"><text>"central-dispatch"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    @Autowired ApplicationContext context;
    @Autowired CaseStatuses statuses;
    @Autowired MessageTemplates templates;
    @Autowired IdentityService identity;
    @Autowired CamundaForms forms;

    @Test
    void theAnalystsModelsBreakNoRule() {
        KnownNames application = new KnownNames(context::containsBean, ModelCheckTest::loadable,
                id -> forms.byId(id).isPresent(), statuses.statusCodes(), statuses.reasonCodes(),
                statuses.notifiedStatuses(), templates::hasTemplate,
                identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet()),
                id -> forms.byId(id).map(form -> form.fields().stream().map(CamundaForm.Field::key)
                        .collect(Collectors.toSet())).orElse(Set.of()));

        List<ModelFinding> findings = new ModelCheck(application).check(Path.of("processes"));

        assertThat(findings).withFailMessage(() -> "The models in processes/ need fixing:\n  "
                + findings.stream().map(ModelFinding::toString).collect(Collectors.joining("\n  "))).isEmpty();
    }

    @Test
    void theModelsWrittenHereBreakNoRuleUntilATestBreaksOne() {
        assertThat(check(FILE, PROCESS)).isEmpty();
        assertThat(check(ROUTING_FILE, ROUTING)).isEmpty();
    }

    // 1. forms

    @Test
    void aUserTaskWithoutAFormIsReported() {
        String model = PROCESS.replace(
                "id=\"Task_Inspect\" camunda:formRef=\"Form_Inspect\" camunda:formRefBinding=\"deployment\"", "id=\"Task_Inspect\"");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.FORM, "has no form");
    }

    @Test
    void aFormIdThatNoFormFileDeclaresIsReported() {
        String model = PROCESS.replace("camunda:formRef=\"Form_Inspect\"", "camunda:formRef=\"Form_Inpsect\"");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.FORM, "'Form_Inpsect' is not the id of any .form file");
    }

    @Test
    void aStartFormBoundByLatestInsteadOfByDeploymentIsReported() {
        String model = PROCESS.replace(
                "camunda:formRef=\"Form_Request\" camunda:formRefBinding=\"deployment\"", "camunda:formRef=\"Form_Request\"");

        assertFinding(check(FILE, model), FILE, "StartEvent_Requested", ModelRule.FORM, "set Binding to 'deployment'");
    }

    // 2. candidates, due date, escalation

    @Test
    void aUserTaskWithoutCandidateGroupIsReported() {
        String model = PROCESS.replace("camunda:candidateGroups=\"${departmentGroup}\"", "");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.CANDIDATES, "Candidate groups");
    }

    @Test
    void aUserTaskWithoutDueDateIsReported() {
        String model = PROCESS.replace("camunda:dueDate=\"${taskDeadlines.dueDate(execution, 'Task_Inspect')}\"", "");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.DUE_DATE,
                "${taskDeadlines.dueDate(execution, 'Task_Inspect')}");
    }

    @Test
    void aUserTaskWhoseTimerInterruptsItInsteadOfEscalatingIsReported() {
        String model = PROCESS.replace("cancelActivity=\"false\"", "cancelActivity=\"true\"");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.ESCALATION, "non-interrupting timer");
    }

    // 3. beans, variables and classes

    @Test
    void aDelegateNamingAMissingBeanIsReported() {
        String model = PROCESS.replace("camunda:delegateExpression=\"${escalateDelegate}\"",
                "camunda:delegateExpression=\"${escalationDelegate}\"");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.EXPRESSION,
                "names 'escalationDelegate', which is no Spring bean");
    }

    @Test
    void aDelegateNamingAProcessVariableInsteadOfABeanIsReported() {
        String model = PROCESS.replace("camunda:delegateExpression=\"${escalateDelegate}\"",
                "camunda:delegateExpression=\"${departmentGroup}\"");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.EXPRESSION, "'departmentGroup', which is no Spring bean");
    }

    @Test
    void aMisspeltBeanInADueDateIsReportedButAllowListedVariablesAndEngineNamesAreNot() {
        String model = PROCESS.replace("camunda:dueDate=\"${taskDeadlines.", "camunda:dueDate=\"${taskDeadline.");

        List<ModelFinding> findings = check(FILE, model);

        assertFinding(findings, FILE, "Task_Inspect", ModelRule.EXPRESSION,
                "userTask camunda:dueDate ${taskDeadline.dueDate(execution, 'Task_Inspect')} names 'taskDeadline', "
                        + "which is neither a Spring bean nor a known process variable");
        assertThat(findings).hasSize(1);
    }

    @Test
    void aConditionMayReadAFieldOfAFormTheModelLinksButNoOtherName() {
        String reading = PROCESS.replace("<bpmn:sequenceFlow id=\"SequenceFlow_Inspected\" sourceRef=\"Task_Inspect\" targetRef=\"EndEvent_Inspected\" />",
                "<bpmn:sequenceFlow id=\"SequenceFlow_Inspected\" sourceRef=\"Task_Inspect\" targetRef=\"EndEvent_Inspected\">"
                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${inspectionOutcome == 'OK'}</bpmn:conditionExpression>"
                        + "</bpmn:sequenceFlow>");

        assertThat(check(FILE, reading)).isEmpty();
        assertFinding(check(FILE, reading.replace("inspectionOutcome", "inspectionResult")), FILE, "SequenceFlow_Inspected",
                ModelRule.EXPRESSION, "names 'inspectionResult', which is neither a Spring bean nor a known process variable");
    }

    @Test
    void aMissingBeanInATimerIsReportedOnTheEventTheAnalystClicks() {
        String model = PROCESS.replace(">${taskDeadlines.dueDate(execution, 'Task_Inspect')}</bpmn:timeDate>",
                ">${taskDeadlinez.dueDate(execution, 'Task_Inspect')}</bpmn:timeDate>");

        assertFinding(check(FILE, model), FILE, "BoundaryEvent_InspectOverdue", ModelRule.EXPRESSION, "'taskDeadlinez'");
    }

    @Test
    void aMissingBeanInAProcessListenerIsReportedOnTheProcess() {
        String model = PROCESS.replace("<camunda:executionListener delegateExpression=\"${escalateDelegate}\"",
                "<camunda:executionListener delegateExpression=\"${releaseDelegate}\"");

        assertFinding(check(FILE, model), FILE, "MeterInspection", ModelRule.EXPRESSION,
                "executionListener delegateExpression ${releaseDelegate}");
    }

    @Test
    void aMissingBeanInAnInputParameterIsReported() {
        String model = PROCESS.replace(">Task_Inspect</camunda:inputParameter>",
                ">${departmentStaff.asOptions(departmentGroup)}</camunda:inputParameter>");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.EXPRESSION, "'departmentStaff'");
    }

    @Test
    void aMalformedExpressionIsReported() {
        String model = PROCESS.replace("camunda:candidateGroups=\"${departmentGroup}\"",
                "camunda:candidateGroups=\"${departmentGroup\"");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.EXPRESSION, "is no valid expression");
    }

    @Test
    void aClassThatCannotBeLoadedIsReported() {
        String model = PROCESS.replace("camunda:delegateExpression=\"${escalateDelegate}\"",
                "camunda:class=\"az.muraciet.process.EscalateToHeadDelegate\"");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.CLASS,
                "'az.muraciet.process.EscalateToHeadDelegate' is no class of the application");
    }

    // 4. statuses, reasons, templates

    @Test
    void anUnknownCaseStatusIsReported() {
        String model = PROCESS.replace("value=\"COMPLETED\"", "value=\"FINISHED\"");

        assertFinding(check(FILE, model), FILE, "EndEvent_Inspected", ModelRule.CASE_STATUS,
                "'FINISHED' is not a status of table case_status; use one of [COMPLETED, REJECTED]");
    }

    @Test
    void anUnknownReasonIsReported() {
        String model = PROCESS.replace("<camunda:property name=\"caseStatus\" value=\"COMPLETED\" />",
                "<camunda:property name=\"caseStatus\" value=\"REJECTED\" /><camunda:property name=\"caseStatusReason\" value=\"NO_METER\" />");

        assertFinding(check(FILE, model), FILE, "EndEvent_Inspected", ModelRule.STATUS_REASON,
                "'NO_METER' is not a reason of table status_reason");
    }

    @Test
    void aCaseStatusOnAnElementThatDoesNotChangeTheStatusIsReported() {
        String model = PROCESS.replace("<bpmn:outgoing>SequenceFlow_InspectOverdue</bpmn:outgoing>",
                "<bpmn:extensionElements><camunda:properties><camunda:property name=\"caseStatus\" value=\"REJECTED\" />"
                        + "</camunda:properties></bpmn:extensionElements><bpmn:outgoing>SequenceFlow_InspectOverdue</bpmn:outgoing>");

        assertFinding(check(FILE, model), FILE, "BoundaryEvent_InspectOverdue", ModelRule.CASE_STATUS,
                "caseStatus on a boundaryEvent changes nothing");
    }

    @Test
    void aStatusNoteNamingAnUnknownVariableIsReportedOnItsStep() {
        String model = PROCESS.replace("<camunda:property name=\"caseStatus\" value=\"COMPLETED\" />",
                "<camunda:property name=\"caseStatus\" value=\"COMPLETED\" />"
                        + "<camunda:property name=\"caseStatusNote\" value=\"${anserText}\" />");

        assertFinding(check(FILE, model), FILE, "EndEvent_Inspected", ModelRule.EXPRESSION,
                "names 'anserText', which is neither a Spring bean nor a known process variable");
    }

    @Test
    void aStatusNoteWithoutAStatusIsReported() {
        String model = PROCESS.replace("<bpmn:incoming>SequenceFlow_InspectOverdue</bpmn:incoming>",
                "<bpmn:extensionElements><camunda:properties><camunda:property name=\"caseStatusNote\" value=\"Rəhbərə ötürüldü\" />"
                        + "</camunda:properties></bpmn:extensionElements><bpmn:incoming>SequenceFlow_InspectOverdue</bpmn:incoming>");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.CASE_STATUS,
                "caseStatusNote without a caseStatus tells the citizen nothing");
    }

    @Test
    void aCitizenActionOnAnElementThatWaitsForNoMessageIsReported() {
        String model = PROCESS.replace("<bpmn:incoming>SequenceFlow_InspectOverdue</bpmn:incoming>",
                "<bpmn:extensionElements><camunda:properties><camunda:property name=\"citizenAction\" "
                        + "value=\"Baxışı tezləşdirin\" /></camunda:properties></bpmn:extensionElements>"
                        + "<bpmn:incoming>SequenceFlow_InspectOverdue</bpmn:incoming>");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.CITIZEN_ACTION,
                "citizenAction on a serviceTask is never offered to the citizen");
    }

    @Test
    void aCitizenActionOnAMessageCatchEventPassesButNotWithoutLabelOrMessageName() {
        String waiting = PROCESS
                .replace("<bpmn:incoming>SequenceFlow_Inspected</bpmn:incoming>", "<bpmn:incoming>SequenceFlow_Asked</bpmn:incoming>")
                .replace("targetRef=\"EndEvent_Inspected\" />", "targetRef=\"Event_CitizenAsks\" />"
                        + "<bpmn:intermediateCatchEvent id=\"Event_CitizenAsks\"><bpmn:extensionElements><camunda:properties>"
                        + "<camunda:property name=\"citizenAction\" value=\"LABEL\" /></camunda:properties></bpmn:extensionElements>"
                        + "<bpmn:incoming>SequenceFlow_Inspected</bpmn:incoming><bpmn:outgoing>SequenceFlow_Asked</bpmn:outgoing>"
                        + "<bpmn:messageEventDefinition id=\"MessageEventDefinition_Asked\" messageRef=\"Message_Asked\" />"
                        + "</bpmn:intermediateCatchEvent>"
                        + "<bpmn:sequenceFlow id=\"SequenceFlow_Asked\" sourceRef=\"Event_CitizenAsks\" targetRef=\"EndEvent_Inspected\" />")
                .replace("</bpmn:process>", "</bpmn:process><bpmn:message id=\"Message_Asked\" name=\"Message_Asked\" />")
                .replace("</bpmndi:BPMNPlane>", "<bpmndi:BPMNShape id=\"Event_CitizenAsks_di\" bpmnElement=\"Event_CitizenAsks\">"
                        + "<dc:Bounds x=\"340\" y=\"102\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>"
                        + "<bpmndi:BPMNEdge id=\"SequenceFlow_Asked_di\" bpmnElement=\"SequenceFlow_Asked\">"
                        + "<di:waypoint x=\"376\" y=\"120\" /><di:waypoint x=\"400\" y=\"120\" /></bpmndi:BPMNEdge></bpmndi:BPMNPlane>");

        assertThat(check(FILE, waiting.replace("LABEL", "Baxışı tezləşdirin"))).isEmpty();
        assertFinding(check(FILE, waiting.replace("LABEL", " ")), FILE, "Event_CitizenAsks", ModelRule.CITIZEN_ACTION,
                "citizenAction is empty");
        assertFinding(check(FILE, waiting.replace("LABEL", "Baxışı tezləşdirin").replace(" name=\"Message_Asked\"", "")),
                FILE, "Event_CitizenAsks", ModelRule.CITIZEN_ACTION, "whose message has a name");
    }

    @Test
    void aStatusThatNotifiesTheCitizenWithoutItsSmsTemplateIsReported() {
        ModelCheck check = new ModelCheck(known((status, channel) -> channel != Channel.SMS));

        assertFinding(check.check(FILE, PROCESS), FILE, "EndEvent_Inspected", ModelRule.STATUS_TEMPLATES,
                "status COMPLETED notifies the citizen, but its SMS template is missing");
    }

    // 5. routing tables

    @Test
    void aRoutingRuleSendingCasesToAMissingGroupIsReported() {
        String table = ROUTING.replace("\"azersu-yasamal\"", "\"azersu-yasamall\"");

        assertFinding(check(ROUTING_FILE, table), ROUTING_FILE, "Rule_Yasamal", ModelRule.DEPARTMENT_GROUP,
                "rule 1 of decision Routing sends cases to \"azersu-yasamall\", which is no Camunda group");
    }

    @Test
    void aRoutingTableWithoutCatchAllRuleIsReported() {
        String table = ROUTING.replace("<inputEntry id=\"InputEntry_Fallback\"><text></text>",
                "<inputEntry id=\"InputEntry_Fallback\"><text>\"Xətai\"</text>");

        assertFinding(check(ROUTING_FILE, table), ROUTING_FILE, "Routing", ModelRule.CATCH_ALL_RULE,
                "left without a department");
    }

    // 6. ids, file name, diagram

    @Test
    void aModelerDefaultIdIsReported() {
        String model = PROCESS.replace("Task_Inspect", "Activity_0x7f3ab");

        List<ModelFinding> findings = check(FILE, model);

        assertFinding(findings, FILE, "Activity_0x7f3ab", ModelRule.MODELER_DEFAULT_ID, "rename it to Task_<WhatItIs>");
        assertThat(findings).extracting(ModelFinding::rule).containsOnly(ModelRule.MODELER_DEFAULT_ID);
    }

    @Test
    void theModelersStartEvent1IsReported() {
        String model = PROCESS.replace("StartEvent_Requested", "StartEvent_1");

        assertFinding(check(FILE, model), FILE, "StartEvent_1", ModelRule.MODELER_DEFAULT_ID, "made up");
    }

    @Test
    void anIdWithoutItsKindsPrefixIsReported() {
        String model = PROCESS.replace("Task_Escalate", "Activity_Escalate");

        assertFinding(check(FILE, model), FILE, "Activity_Escalate", ModelRule.ID_PREFIX, "e.g. Task_Escalate");
    }

    @Test
    void aFileNamedDifferentlyFromItsProcessIsReported() {
        String file = "processes/Inspection.bpmn";

        assertFinding(check(file, PROCESS), file, "MeterInspection", ModelRule.FILE_NAME, "name the file MeterInspection.bpmn");
    }

    @Test
    void aFlowNodeMissingFromTheDiagramIsReported() {
        String model = PROCESS.replace(
                "<bpmndi:BPMNShape id=\"Task_Escalate_di\" bpmnElement=\"Task_Escalate\"><dc:Bounds x=\"340\" y=\"0\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>", "");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.DIAGRAM, "not drawn in the diagram");
    }

    // 7. scripts: the engine refuses them at deployment, the check tells before

    @Test
    void aScriptTaskIsReported() {
        String model = PROCESS.replace("<bpmn:serviceTask id=\"Task_Escalate\" camunda:delegateExpression=\"${escalateDelegate}\">",
                "<bpmn:scriptTask id=\"Task_Escalate\" scriptFormat=\"groovy\">")
                .replace("</bpmn:serviceTask>", "<bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>");

        assertFinding(check(FILE, model), FILE, "Task_Escalate", ModelRule.NO_SCRIPT, "has a script task");
    }

    @Test
    void aScriptListenerIsReportedOnTheProcess() {
        String model = PROCESS.replace("<camunda:executionListener delegateExpression=\"${escalateDelegate}\" event=\"end\" />",
                "<camunda:executionListener event=\"end\"><camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:executionListener>");

        assertFinding(check(FILE, model), FILE, "MeterInspection", ModelRule.NO_SCRIPT, "has a script (javascript)");
    }

    @Test
    void aScriptInAnInputParameterIsReportedOnItsTask() {
        String model = PROCESS.replace("<camunda:inputParameter name=\"overdueTask\">Task_Inspect</camunda:inputParameter>",
                "<camunda:inputParameter name=\"overdueTask\"><camunda:script scriptFormat=\"groovy\">'Task_Inspect'</camunda:script></camunda:inputParameter>");

        assertFinding(check(FILE, model), FILE, "Task_Inspect", ModelRule.NO_SCRIPT, "groovy");
    }

    @Test
    void aConditionInAScriptLanguageIsReported() {
        String model = PROCESS.replace(
                "<bpmn:sequenceFlow id=\"SequenceFlow_Inspected\" sourceRef=\"Task_Inspect\" targetRef=\"EndEvent_Inspected\" />",
                "<bpmn:sequenceFlow id=\"SequenceFlow_Inspected\" sourceRef=\"Task_Inspect\" targetRef=\"EndEvent_Inspected\">"
                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression>"
                        + "</bpmn:sequenceFlow>");

        assertFinding(check(FILE, model), FILE, "SequenceFlow_Inspected", ModelRule.NO_SCRIPT, "script language 'javascript'");
    }

    @Test
    void aDecisionExpressionInAScriptLanguageIsReportedButFeelAndJuelAreNot() {
        String table = ROUTING.replace("<inputEntry id=\"InputEntry_Yasamal\">",
                "<inputEntry id=\"InputEntry_Yasamal\" expressionLanguage=\"javascript\">");

        assertFinding(check(ROUTING_FILE, table), ROUTING_FILE, "InputEntry_Yasamal", ModelRule.NO_SCRIPT, "'javascript'");
        assertThat(check(ROUTING_FILE, ROUTING.replace("<inputEntry id=\"InputEntry_Yasamal\">",
                "<inputEntry id=\"InputEntry_Yasamal\" expressionLanguage=\"juel\">")
                .replace("id=\"Definitions_Routing\"", "id=\"Definitions_Routing\" "
                        + "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"")))
                .isEmpty();
    }

    @Test
    void aFileThatIsNoModelIsReported() {
        assertFinding(check(FILE, "<bpmn:definitions"), FILE, ModelFinding.WHOLE_FILE, ModelRule.READABLE, "no valid model");
    }

    private static List<ModelFinding> check(String file, String model) {
        return new ModelCheck(known((status, channel) -> true)).check(file, model);
    }

    private static KnownNames known(BiPredicate<String, Channel> hasTemplate) {
        return new KnownNames(Set.of("taskDeadlines", "escalateDelegate")::contains, ModelCheckTest::loadable,
                Set.of("Form_Request", "Form_Inspect")::contains, Set.of("COMPLETED", "REJECTED"),
                Set.of("NO_METER_STOCK"), Set.of("COMPLETED"), hasTemplate, Set.of("azersu-yasamal", "central-dispatch"),
                id -> Map.of("Form_Inspect", Set.of("inspectionOutcome")).getOrDefault(id, Set.of()));
    }

    private static boolean loadable(String className) {
        return ClassUtils.isPresent(className, ModelCheckTest.class.getClassLoader());
    }

    private static void assertFinding(List<ModelFinding> findings, String file, String elementId, ModelRule rule,
            String messagePart) {
        assertThat(findings).extracting(ModelFinding::file, ModelFinding::elementId, ModelFinding::rule)
                .contains(tuple(file, elementId, rule));
        assertThat(findings).filteredOn(f -> f.elementId().equals(elementId) && f.rule() == rule)
                .anySatisfy(f -> assertThat(f.message()).contains(messagePart));
    }
}
