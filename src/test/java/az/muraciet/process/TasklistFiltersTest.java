package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import az.muraciet.inventory.MeterStock;
import az.muraciet.security.DemoCitizens;

/** The employees' three Tasklist filters, seen through the engine's authorizations as each employee sees them. */
@SpringBootTest
class TasklistFiltersTest {

    @Autowired FilterService filters;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired CaseScenarios cases;
    @Autowired MeterStock stock;

    @AfterEach
    void logOut() {
        identity.clearAuthentication();
    }

    @Test
    void myDepartmentShowsTheDepartmentsTasksAndNoOtherDepartments() {
        String taskId = taskOf(forwardedCase()).getId();

        assertThat(ids(as("rauf", TasklistFilters.MY_DEPARTMENT))).contains(taskId);
        assertThat(ids(as("aysel", TasklistFilters.MY_DEPARTMENT))).doesNotContain(taskId);
    }

    @Test
    void myTasksShowsWhatIsAssignedToMe() {
        String id = forwardedCase();
        cases.assignExecutor(id, "nigar");
        Task visit = cases.task(id, WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME);

        assertThat(ids(as("nigar", TasklistFilters.MY_TASKS))).contains(visit.getId());
        assertThat(ids(as("rauf", TasklistFilters.MY_TASKS))).doesNotContain(visit.getId());
    }

    @Test
    void overdueShowsTasksPastTheirDueDateOnly() {
        String late = taskOf(forwardedCase()).getId();
        String onTime = taskOf(forwardedCase()).getId();
        tasks.setDueDate(late, new Date(System.currentTimeMillis() - 60_000));

        List<String> overdue = ids(as("leyla", TasklistFilters.OVERDUE));

        assertThat(overdue).contains(late).doesNotContain(onTime);
    }

    private String forwardedCase() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        return id;
    }

    private Task taskOf(String id) {
        return cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR);
    }

    private List<Task> as(String userId, String filterName) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
        return filters.list(filter.getId());
    }

    private static List<String> ids(List<Task> list) {
        return list.stream().map(Task::getId).toList();
    }
}
