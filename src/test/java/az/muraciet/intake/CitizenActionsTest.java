package az.muraciet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.process.CitizenActionModel.CitizenAction;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.ConflictException;
import az.muraciet.shared.NotFoundException;

/**
 * Citizen actions are read from any model, not one service: here a small model whose case waits, behind an event-based
 * gateway, for one of two citizen actions (one with English texts, one a receive task without) or an employee's
 * message that is no citizen action. Both actions are offered together; once one is taken the other is gone.
 */
@SpringBootTest
class CitizenActionsTest {

    static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ChoiceOfTheCitizen" \
            targetNamespace="http://muraciet.az/bpmn">
              <bpmn:process id="ChoiceOfTheCitizen" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="StartEvent_Started"><bpmn:outgoing>SequenceFlow_Started</bpmn:outgoing></bpmn:startEvent>
                <bpmn:sequenceFlow id="SequenceFlow_Started" sourceRef="StartEvent_Started" targetRef="Gateway_Choice" />
                <bpmn:eventBasedGateway id="Gateway_Choice">
                  <bpmn:incoming>SequenceFlow_Started</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_ToRestore</bpmn:outgoing>
                  <bpmn:outgoing>SequenceFlow_ToExtend</bpmn:outgoing>
                  <bpmn:outgoing>SequenceFlow_ToInspect</bpmn:outgoing>
                </bpmn:eventBasedGateway>
                <bpmn:sequenceFlow id="SequenceFlow_ToRestore" sourceRef="Gateway_Choice" targetRef="Event_Restore" />
                <bpmn:sequenceFlow id="SequenceFlow_ToExtend" sourceRef="Gateway_Choice" targetRef="Event_Extend" />
                <bpmn:sequenceFlow id="SequenceFlow_ToInspect" sourceRef="Gateway_Choice" targetRef="Event_Inspected" />
                <bpmn:intermediateCatchEvent id="Event_Restore">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="citizenAction" value="Bərpa edin" />
                    <camunda:property name="citizenActionEn" value="Restore it" />
                    <camunda:property name="citizenActionHint" value="Bərpa üçün seçin." />
                  </camunda:properties></bpmn:extensionElements>
                  <bpmn:incoming>SequenceFlow_ToRestore</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_Restored</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="MessageEventDefinition_Restore" messageRef="Message_Restore" />
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Event_Extend">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="citizenAction" value="Müddəti uzadın" />
                  </camunda:properties></bpmn:extensionElements>
                  <bpmn:incoming>SequenceFlow_ToExtend</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_Extended</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="MessageEventDefinition_Extend" messageRef="Message_Extend" />
                </bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="Event_Inspected">
                  <bpmn:incoming>SequenceFlow_ToInspect</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_InspectedDone</bpmn:outgoing>
                  <bpmn:messageEventDefinition id="MessageEventDefinition_Inspected" messageRef="Message_Inspected" />
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="SequenceFlow_Restored" sourceRef="Event_Restore" targetRef="Task_WaitAfterRestore" />
                <bpmn:receiveTask id="Task_WaitAfterRestore" messageRef="Message_Thanks">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="citizenAction" value="Təşəkkür edirəm" />
                  </camunda:properties></bpmn:extensionElements>
                  <bpmn:incoming>SequenceFlow_Restored</bpmn:incoming>
                  <bpmn:outgoing>SequenceFlow_Thanked</bpmn:outgoing>
                </bpmn:receiveTask>
                <bpmn:sequenceFlow id="SequenceFlow_Thanked" sourceRef="Task_WaitAfterRestore" targetRef="EndEvent_Done" />
                <bpmn:sequenceFlow id="SequenceFlow_Extended" sourceRef="Event_Extend" targetRef="EndEvent_Done" />
                <bpmn:sequenceFlow id="SequenceFlow_InspectedDone" sourceRef="Event_Inspected" targetRef="EndEvent_Done" />
                <bpmn:endEvent id="EndEvent_Done">
                  <bpmn:incoming>SequenceFlow_Thanked</bpmn:incoming>
                  <bpmn:incoming>SequenceFlow_Extended</bpmn:incoming>
                  <bpmn:incoming>SequenceFlow_InspectedDone</bpmn:incoming>
                </bpmn:endEvent>
              </bpmn:process>
              <bpmn:message id="Message_Restore" name="Message_Restore" />
              <bpmn:message id="Message_Extend" name="Message_Extend" />
              <bpmn:message id="Message_Inspected" name="Message_Inspected" />
              <bpmn:message id="Message_Thanks" name="Message_Thanks" />
            </bpmn:definitions>
            """;

    @Autowired CitizenActions actions;
    @Autowired Applications applications;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    private Deployment deployment;
    private String id;
    private ProcessInstance instance;

    @BeforeEach
    void aCaseWaitsForTheCitizensChoice() {
        deployment = repository.createDeployment().name("citizen-actions-test")
                .addString("ChoiceOfTheCitizen.bpmn", MODEL).deploy();
        instance = runtime.startProcessInstanceByKey("ChoiceOfTheCitizen");
        Application application = Application.submitted("WATER_SUPPLY_SUSPENSION", "10000004", DemoCitizens.TURAL,
                "Tural Hüseynov", "+994703456789", "tural.huseynov@example.az", Map.of(), Instant.now());
        application.startedAs(instance.getId());
        id = applications.save(application).id();
    }

    @AfterEach
    void removeTheModel() {
        repository.deleteDeployment(deployment.getId(), true);
    }

    @Test
    void bothActionsAreOfferedAndTheEmployeesMessageIsNot() {
        assertThat(actions.waitingOn(DemoCitizens.TURAL, id))
                .extracting(CitizenAction::messageName, CitizenAction::label, CitizenAction::labelEn,
                        CitizenAction::hint, CitizenAction::hintEn)
                .containsExactlyInAnyOrder(
                        tuple("Message_Restore", "Bərpa edin", "Restore it", "Bərpa üçün seçin.", "Bərpa üçün seçin."),
                        tuple("Message_Extend", "Müddəti uzadın", "Müddəti uzadın", null, null));
        assertThatThrownBy(() -> actions.take(DemoCitizens.TURAL, id, "Message_Inspected"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void takingOneWithdrawsTheOtherAndTheNextStepsActionIsOffered() {
        CitizenActions.Taken taken = actions.take(DemoCitizens.TURAL, id, "Message_Restore");

        assertThat(taken.alreadyTaken()).isFalse();
        assertThat(actions.waitingOn(DemoCitizens.TURAL, id)).extracting(CitizenAction::messageName)
                .as("a receive task may be a citizen action too").containsExactly("Message_Thanks");
        assertThatThrownBy(() -> actions.take(DemoCitizens.TURAL, id, "Message_Extend"))
                .as("the other choice is gone").isInstanceOf(ConflictException.class);
        assertThat(actions.take(DemoCitizens.TURAL, id, "Message_Restore").alreadyTaken()).isTrue();

        actions.take(DemoCitizens.TURAL, id, "Message_Thanks");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(actions.waitingOn(DemoCitizens.TURAL, id)).isEmpty();
        assertThat(actions.take(DemoCitizens.TURAL, id, "Message_Thanks").alreadyTaken()).as("after the end, too").isTrue();
    }

    @Test
    void nobodyButTheApplicantSeesOrTakesThem() {
        assertThatThrownBy(() -> actions.waitingOn(DemoCitizens.RASHAD, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actions.take(DemoCitizens.RASHAD, id, "Message_Restore"))
                .isInstanceOf(NotFoundException.class);
        assertThat(actions.waitingOn(DemoCitizens.TURAL, id)).hasSize(2);
    }
}
