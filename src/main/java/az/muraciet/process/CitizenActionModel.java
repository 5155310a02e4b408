package az.muraciet.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Citizen actions, as the models declare them: a message catch event (or receive task) with the extension property
 * {@value #LABEL} (Modeler: Extensions → Properties) is a step the citizen takes themselves, such as asking for the
 * water supply back. While the case waits there (an event subscription of the engine), the portal shows a button and
 * the API an action; taking it correlates the element's message to the case. The label is what the button says, in
 * Azerbaijani; {@value #LABEL_EN}, {@value #HINT} and {@value #HINT_EN} are optional.
 */
@Component
public class CitizenActionModel {

    /** The button's text, Azerbaijani; its presence makes the element a citizen action. */
    public static final String LABEL = "citizenAction";
    /** The button's text in English; the Azerbaijani one when absent. */
    public static final String LABEL_EN = "citizenActionEn";
    /** A sentence shown beside the button, Azerbaijani; optional. */
    public static final String HINT = "citizenActionHint";
    public static final String HINT_EN = "citizenActionHintEn";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;

    CitizenActionModel(RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    /** The citizen actions the case's process instance waits on now, in the order the engine lists them. */
    public List<CitizenAction> waitingIn(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        List<EventSubscription> subscriptions = runtime.createEventSubscriptionQuery()
                .processInstanceId(processInstanceId).eventType(EventType.MESSAGE.name()).list();
        if (subscriptions.isEmpty()) {
            return List.of();
        }
        Map<String, CitizenAction> declared = declaredIn(processInstanceId);
        List<CitizenAction> waiting = new ArrayList<>();
        for (EventSubscription subscription : subscriptions) {
            CitizenAction action = declared.get(subscription.getActivityId());
            if (action != null && action.messageName().equals(subscription.getEventName()) && !waiting.contains(action)) {
                waiting.add(action);
            }
        }
        return List.copyOf(waiting);
    }

    /** The citizen action of the case's model that catches this message, waiting or not. */
    public Optional<CitizenAction> declared(String processInstanceId, String messageName) {
        return declaredIn(processInstanceId).values().stream()
                .filter(action -> action.messageName().equals(messageName)).findFirst();
    }

    /** Whether the case has already passed the citizen action that catches this message (it was taken). */
    public boolean taken(String processInstanceId, String messageName) {
        return declaredIn(processInstanceId).entrySet().stream()
                .filter(entry -> entry.getValue().messageName().equals(messageName))
                .anyMatch(entry -> history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                        .activityId(entry.getKey()).finished().count() > 0);
    }

    /** The citizen actions of the instance's process model, by the id of the element that catches their message. */
    private Map<String, CitizenAction> declaredIn(String processInstanceId) {
        HistoricProcessInstance instance = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Map.of();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        return model.getModelElementsByType(FlowNode.class).stream()
                .map(CitizenActionModel::actionOf)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Declared::elementId, Declared::action, (a, b) -> a));
    }

    private static Optional<Declared> actionOf(FlowNode node) {
        Map<String, String> properties = properties(node);
        String label = properties.get(LABEL);
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String hint = text(properties.get(HINT));
        return messageOf(node).map(message -> new Declared(node.getId(), new CitizenAction(message, label.strip(),
                orElse(text(properties.get(LABEL_EN)), label.strip()), hint, orElse(text(properties.get(HINT_EN)), hint))));
    }

    /** The text without surrounding blanks; null when there is none. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orElse(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    /** The message name the element waits for: a message catch event's (boundary events included) or a receive task's. */
    static Optional<String> messageOf(BaseElement element) {
        Message message = null;
        if (element instanceof ReceiveTask task) {
            message = task.getMessage();
        } else if (element instanceof CatchEvent event) {
            message = event.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance)
                    .map(definition -> ((MessageEventDefinition) definition).getMessage())
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
        return message == null || message.getName() == null || message.getName().isBlank()
                ? Optional.empty() : Optional.of(message.getName());
    }

    static Map<String, String> properties(BaseElement element) {
        if (element.getExtensionElements() == null) {
            return Map.of();
        }
        Map<String, String> properties = new HashMap<>();
        for (CamundaProperties group : element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                    properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return properties;
    }

    /**
     * A step the citizen can take on their case.
     *
     * @param messageName the message it correlates: the action's name in the API and the portal's address
     * @param label what the button says, Azerbaijani
     * @param hint a sentence beside the button, or null
     */
    public record CitizenAction(String messageName, String label, String labelEn, String hint, String hintEn) {
    }

    private record Declared(String elementId, CitizenAction action) {
    }
}
