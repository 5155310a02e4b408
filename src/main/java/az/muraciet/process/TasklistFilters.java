package az.muraciet.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The employees' Tasklist filters, created at start-up when missing and readable by everyone. Each names the case's
 * application number and address as its variables, so Tasklist's search by process variable offers them by label.
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

    static final String MY_TASKS = "Mənim tapşırıqlarım";
    static final String MY_DEPARTMENT = "Struktur bölməmin tapşırıqları";
    static final String OVERDUE = "Müddəti keçmiş tapşırıqlar";

    // Tasklist would show them on the task cards too, but only to users who may read the case's variables (not employees)
    private static final List<Map<String, String>> CASE_VARIABLES = List.of(
            Map.of("name", CaseVariables.APPLICATION_NUMBER, "label", "Müraciət nömrəsi"),
            Map.of("name", CaseVariables.ADDRESS, "label", "Ünvan"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(MY_TASKS, -10, "Mənə təyin edilmiş tapşırıqlar / Tasks assigned to me",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        create(MY_DEPARTMENT, -5, "Struktur bölməmin bütün açıq tapşırıqları / All open tasks of my department",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .orderByDueDate().asc());
        create(OVERDUE, 0, "Son icra tarixi keçmiş tapşırıqlar / Tasks past their due date",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setProperties(Map.<String, Object>of("priority", priority, "description", description, "refresh", true,
                        "variables", CASE_VARIABLES))
                .setQuery(query);
        filters.saveFilter(filter);
        Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
