package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import az.muraciet.process.CitizenActionModel;

/**
 * A citizen action ({@code citizenAction} extension property) sits on an element that waits for a named message — a
 * message catch event or a receive task — and says what its button says; elsewhere the portal could never show it.
 */
final class CitizenActionRules implements BpmnRules {

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            property(element, CitizenActionModel.LABEL).ifPresent(label -> {
                if (label.isBlank()) {
                    findings.add(new ModelFinding(file, element.getId(), ModelRule.CITIZEN_ACTION, "citizenAction is "
                            + "empty; write what the citizen's button says, e.g. \"Su təchizatının bərpasını istəyirəm\""));
                }
                if (!waitsForNamedMessage(element)) {
                    findings.add(new ModelFinding(file, element.getId(), ModelRule.CITIZEN_ACTION, "citizenAction on a "
                            + element.getElementType().getTypeName() + " is never offered to the citizen; put it on a "
                            + "message intermediate catch event (or receive task) whose message has a name"));
                }
            });
        }
        return findings;
    }

    private static boolean waitsForNamedMessage(BaseElement element) {
        if (element instanceof ReceiveTask task) {
            return named(task.getMessage());
        }
        return element instanceof CatchEvent event && event.getEventDefinitions().stream()
                .filter(MessageEventDefinition.class::isInstance)
                .anyMatch(definition -> named(((MessageEventDefinition) definition).getMessage()));
    }

    private static boolean named(Message message) {
        return message != null && message.getName() != null && !message.getName().isBlank();
    }

    private static Optional<String> property(BaseElement element, String name) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        for (CamundaProperties group : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                if (name.equals(property.getCamundaName())) {
                    return Optional.of(property.getCamundaValue() == null ? "" : property.getCamundaValue());
                }
            }
        }
        return Optional.empty();
    }
}
