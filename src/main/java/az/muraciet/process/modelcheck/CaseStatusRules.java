package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import az.muraciet.notification.Channel;

/**
 * The status steps ({@code caseStatus}, {@code caseStatusReason}, {@code caseStatusNote} extension properties) name statuses and reasons
 * of the reference tables, sit on elements that change the status (those the engine's
 * {@code CaseStatusParseListener} reads), and a status that notifies the citizen has its SMS and e-mail templates.
 */
final class CaseStatusRules implements BpmnRules {

    static final String STATUS_PROPERTY = "caseStatus";
    static final String REASON_PROPERTY = "caseStatusReason";
    static final String NOTE_PROPERTY = "caseStatusNote";

    private static final List<Class<? extends BaseElement>> STATUS_STEPS = List.of(StartEvent.class,
            IntermediateThrowEvent.class, IntermediateCatchEvent.class, EndEvent.class, UserTask.class, ServiceTask.class);

    private final KnownNames known;

    CaseStatusRules(KnownNames known) {
        this.known = known;
    }

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            Map<String, String> properties = properties(element);
            Optional<String> status = Optional.ofNullable(properties.get(STATUS_PROPERTY));
            Optional<String> reason = Optional.ofNullable(properties.get(REASON_PROPERTY));
            status.ifPresent(code -> checkStatus(file, element, code, findings));
            reason.ifPresent(code -> checkReason(file, element, code, status.isPresent(), findings));
            if (properties.containsKey(NOTE_PROPERTY) && status.isEmpty()) {
                findings.add(new ModelFinding(file, element.getId(), ModelRule.CASE_STATUS, "caseStatusNote without a "
                        + "caseStatus tells the citizen nothing; add the caseStatus it goes with"));
            }
        }
        return findings;
    }

    private void checkStatus(String file, BaseElement element, String status, List<ModelFinding> findings) {
        if (STATUS_STEPS.stream().noneMatch(step -> step.isInstance(element))) {
            findings.add(new ModelFinding(file, element.getId(), ModelRule.CASE_STATUS, "caseStatus on a "
                    + element.getElementType().getTypeName() + " changes nothing; move it to an event, a user task or "
                    + "a service task"));
        }
        if (!known.statuses().contains(status)) {
            findings.add(new ModelFinding(file, element.getId(), ModelRule.CASE_STATUS, "caseStatus '" + status
                    + "' is not a status of table case_status; use one of " + new TreeSet<>(known.statuses())
                    + ", or have the new status added by a migration"));
            return;
        }
        if (known.notifiedStatuses().contains(status)) {
            for (Channel channel : Channel.values()) {
                if (!known.hasTemplate().test(status, channel)) {
                    findings.add(new ModelFinding(file, element.getId(), ModelRule.STATUS_TEMPLATES, "status " + status
                            + " notifies the citizen, but its " + channel + " template is missing from "
                            + "src/main/resources/notifications/; have it written before the status is used"));
                }
            }
        }
    }

    private void checkReason(String file, BaseElement element, String reason, boolean withStatus,
            List<ModelFinding> findings) {
        if (!withStatus) {
            findings.add(new ModelFinding(file, element.getId(), ModelRule.STATUS_REASON, "caseStatusReason '" + reason
                    + "' without a caseStatus changes nothing; add the caseStatus it explains (e.g. REJECTED)"));
        }
        if (!known.reasons().contains(reason)) {
            findings.add(new ModelFinding(file, element.getId(), ModelRule.STATUS_REASON, "caseStatusReason '" + reason
                    + "' is not a reason of table status_reason; use one of " + new TreeSet<>(known.reasons())
                    + ", or have the new reason added by a migration"));
        }
    }

    private static Map<String, String> properties(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return Map.of();
        }
        Map<String, String> properties = new HashMap<>();
        for (CamundaProperties group : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                    properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return properties;
    }
}
