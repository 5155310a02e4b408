package az.muraciet.process.modelcheck;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** Every user task is offered to someone, is due by a date, and is escalated when it is overdue. */
final class UserTaskRules implements BpmnRules {

    @Override
    public List<ModelFinding> check(String file, BpmnModelInstance model) {
        List<ModelFinding> findings = new ArrayList<>();
        List<BoundaryEvent> boundaryEvents = List.copyOf(model.getModelElementsByType(BoundaryEvent.class));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (isBlank(task.getCamundaCandidateGroups()) && isBlank(task.getCamundaCandidateUsers())) {
                findings.add(new ModelFinding(file, task.getId(), ModelRule.CANDIDATES, "nobody can claim the task; set "
                        + "Candidate groups (Modeler: User assignment), e.g. ${departmentGroup}"));
            }
            if (isBlank(task.getCamundaDueDate())) {
                findings.add(new ModelFinding(file, task.getId(), ModelRule.DUE_DATE, "the task has no due date; set "
                        + "Due date (Modeler: User assignment) to ${taskDeadlines.dueDate(execution, '" + task.getId()
                        + "')} and its time in application.properties (muraciet.task-due.<process id>." + task.getId() + ")"));
            }
            if (boundaryEvents.stream().noneMatch(event -> escalates(event, task))) {
                findings.add(new ModelFinding(file, task.getId(), ModelRule.ESCALATION, "nothing happens when the task is "
                        + "overdue; attach a non-interrupting timer boundary event with the due date's expression as "
                        + "Timer (type Date), leading to the escalation to the department head"));
            }
        }
        return findings;
    }

    private static boolean escalates(BoundaryEvent event, UserTask task) {
        return event.getAttachedTo() != null && task.getId().equals(event.getAttachedTo().getId()) && !event.cancelActivity()
                && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
