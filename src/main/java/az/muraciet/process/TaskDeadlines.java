package az.muraciet.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks, configured per e-service process and task:
 * {@code muraciet.task-due.<processKey>.<taskId>=P2D} (ISO-8601 period or duration), else {@code muraciet.task-due.default}.
 * Models use it for the task's due date and for the timer that escalates it:
 * {@code ${taskDeadlines.dueDate(execution, 'Task_AssignExecutor')}}.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private final Environment environment;
    private final Clock clock;

    TaskDeadlines(Environment environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    public Date dueDate(DelegateExecution execution, String taskId) {
        String processKey = execution.getProcessDefinitionId().split(":")[0];
        return Date.from(ZonedDateTime.now(clock).plus(allowedTime(processKey, taskId)).toInstant());
    }

    TemporalAmount allowedTime(String processKey, String taskId) {
        String value = environment.getProperty("muraciet.task-due." + processKey + "." + taskId,
                environment.getProperty("muraciet.task-due.default", "P3D"));
        return value.contains("T") ? Duration.parse(value) : Period.parse(value);
    }
}
