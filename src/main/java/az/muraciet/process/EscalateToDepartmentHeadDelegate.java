package az.muraciet.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import az.muraciet.routing.Departments;

/**
 * An overdue task goes to the department head: the head group becomes a candidate of the task named by the
 * {@code overdueTask} input parameter, and its priority is raised, so it shows in the heads' "overdue" filter.
 */
@Component
class EscalateToDepartmentHeadDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 80;

    private final TaskService tasks;

    EscalateToDepartmentHeadDelegate(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String headGroup = Departments.headGroupOf((String) execution.getVariable(CaseVariables.DEPARTMENT_GROUP));
        String overdueTask = (String) execution.getVariable(WaterMeterInstallationProcess.OVERDUE_TASK);
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(overdueTask).list()) {
            tasks.addCandidateGroup(task.getId(), headGroup);
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY));
        }
    }
}
