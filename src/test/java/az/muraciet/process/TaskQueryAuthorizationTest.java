package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import az.muraciet.inventory.MeterStock;
import az.muraciet.security.DemoCitizens;

/**
 * The task list and count through {@link TaskQueryAuthorization} answer exactly as Camunda's own statements do, for
 * every kind of grant the engine knows: a group's grant on one task (what the engine writes for a candidate group), a
 * user's grant on one task, a grant on the process definition (READ_TASK), a grant on every task ('*'), a global
 * authorization, a grant without the READ permission, and with a revoke in the database (Camunda's statement then);
 * and page by page in the order of the employees' filters, where the list is asked by task id without a distinct.
 */
@SpringBootTest
class TaskQueryAuthorizationTest {

    static final String DEPARTMENT = "tq-department";
    static final String OTHER_DEPARTMENT = "tq-other-department";

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired FilterService filters;
    @Autowired CaseScenarios cases;
    @Autowired MeterStock stock;
    @Autowired DataSource dataSource;

    final List<String> created = new ArrayList<>();
    final List<String> granted = new ArrayList<>();
    String departmentTask;
    String otherDepartmentTask;
    String unassignedTask;

    @BeforeEach
    void tasksOfTwoDepartments() {
        departmentTask = standaloneTask("tq department's", DEPARTMENT);
        otherDepartmentTask = standaloneTask("tq other department's", OTHER_DEPARTMENT);
        unassignedTask = standaloneTask("tq nobody's", null);
    }

    @AfterEach
    void cleanUp() {
        identity.clearAuthentication();
        granted.forEach(authorizations::deleteAuthorization);
        created.forEach(id -> tasks.deleteTask(id, true));
    }

    @Test
    void theTaskListIsAskedThroughTheHashableStatements() {
        DbSqlSessionFactory statements = engine.getDbSqlSessionFactory();

        assertThat(statements.mapStatement("selectTaskByQueryCriteria"))
                .isEqualTo(TaskQueryAuthorization.NAMESPACE + ".selectTaskByQueryCriteria_grantsHashed");
        assertThat(statements.mapStatement("selectTaskCountByQueryCriteria"))
                .isEqualTo(TaskQueryAuthorization.NAMESPACE + ".selectTaskCountByQueryCriteria_grantsHashed");
    }

    @Test
    void aGroupSeesTheTasksItIsCandidateForAndNoOthers() {
        List<String> seen = sameAsCamundas("tq-clerk", List.of(DEPARTMENT), () -> tasks.createTaskQuery().taskNameLike("tq %"));

        assertThat(seen).containsExactly(departmentTask);
        assertThat(sameAsCamundas("tq-clerk", List.of(OTHER_DEPARTMENT), () -> tasks.createTaskQuery().taskNameLike("tq %")))
                .containsExactly(otherDepartmentTask);
        assertThat(sameAsCamundas("tq-clerk", List.of(), () -> tasks.createTaskQuery().taskNameLike("tq %"))).isEmpty();
    }

    @Test
    void aUsersGrantOnOneTask() {
        grantUser("tq-clerk", Resources.TASK, unassignedTask, Permissions.READ);

        assertThat(sameAsCamundas("tq-clerk", List.of(DEPARTMENT), () -> tasks.createTaskQuery().taskNameLike("tq %")))
                .containsExactlyInAnyOrder(departmentTask, unassignedTask);
    }

    @Test
    void aGrantWithoutReadShowsNothing() {
        grantUser("tq-clerk", Resources.TASK, unassignedTask, TaskPermissions.UPDATE_VARIABLE);

        assertThat(sameAsCamundas("tq-clerk", List.of(), () -> tasks.createTaskQuery().taskNameLike("tq %"))).isEmpty();
    }

    @Test
    void aGrantOnEveryTask() {
        grantUser("tq-auditor", Resources.TASK, Authorization.ANY, Permissions.READ);

        assertThat(sameAsCamundas("tq-auditor", List.of(), () -> tasks.createTaskQuery().taskNameLike("tq %")))
                .containsExactlyInAnyOrder(departmentTask, otherDepartmentTask, unassignedTask);
    }

    @Test
    void aGlobalAuthorizationOnTasks() {
        Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        global.setUserId(Authorization.ANY);
        global.setResource(Resources.TASK);
        global.setResourceId(unassignedTask);
        global.addPermission(Permissions.READ);
        granted.add(authorizations.saveAuthorization(global).getId());

        assertThat(sameAsCamundas("tq-anyone", List.of(), () -> tasks.createTaskQuery().taskNameLike("tq %")))
                .containsExactly(unassignedTask);
    }

    @Test
    void aGrantOnTheProcessDefinitionShowsItsTasks() {
        String caseTask = forwardedCaseTask();
        grantGroup("tq-supervisors", Resources.PROCESS_DEFINITION, WaterMeterInstallationProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ_TASK);

        List<String> seen = sameAsCamundas("tq-supervisor", List.of("tq-supervisors"),
                () -> tasks.createTaskQuery().processDefinitionKey(WaterMeterInstallationProcess.PROCESS_KEY));

        assertThat(seen).contains(caseTask);
        assertThat(sameAsCamundas("tq-clerk", List.of(DEPARTMENT),
                () -> tasks.createTaskQuery().processDefinitionKey(WaterMeterInstallationProcess.PROCESS_KEY))).isEmpty();
    }

    @Test
    void orQueriesAndSortingAsCamundaAnswersThem() {
        grantUser("tq-clerk", Resources.TASK, unassignedTask, Permissions.READ);

        List<String> seen = sameAsCamundas("tq-clerk", List.of(DEPARTMENT), () -> tasks.createTaskQuery()
                .or().taskCandidateGroup(DEPARTMENT).taskName("tq nobody's").endOr()
                .orderByTaskName().asc());

        assertThat(seen).containsExactly(departmentTask, unassignedTask);
    }

    @Test
    void theDepartmentFilterOfTheEmployeesTasklist() {
        String caseTask = forwardedCaseTask();
        identity.setAuthentication("rauf", groupsOf("rauf"));
        String filterId = filters.createFilterQuery().filterName(TasklistFilters.MY_DEPARTMENT).singleResult().getId();

        List<String> ours = ids(filters.list(filterId));
        long oursCounted = filters.count(filterId);
        List<String> camundas = camundasOwn(() -> ids(filters.list(filterId)));
        long camundasCounted = camundasOwn(() -> filters.count(filterId));

        assertThat(ours).contains(caseTask).isEqualTo(camundas);
        assertThat(oursCounted).isEqualTo(camundasCounted).isEqualTo(ours.size());
        identity.setAuthentication("aysel", groupsOf("aysel"));
        assertThat(ids(filters.list(filterId))).doesNotContain(caseTask);
    }

    @Test
    void pageByPageInTheOrderOfTheDepartmentFilter() {
        Date now = ClockUtil.getCurrentTime();
        try {
            for (int i = 0; i < 12; i++) {
                ClockUtil.setCurrentTime(new Date(now.getTime() - 3_600_000 + i * 1000L));
                String task = standaloneTask("tq queued " + i, DEPARTMENT);
                if (i % 4 != 0) {
                    tasks.setDueDate(task, new Date(now.getTime() + (i % 3) * 86_400_000L));
                }
            }
            ClockUtil.setCurrentTime(new Date(now.getTime() - 1000));
            String offeredTwice = standaloneTask("tq offered twice", DEPARTMENT);
            tasks.addCandidateGroup(offeredTwice, DEPARTMENT + "-head");
        } finally {
            ClockUtil.reset();
        }

        List<String> all = sameAsCamundas("tq-clerk", List.of(DEPARTMENT, DEPARTMENT + "-head"), this::departmentInFiltersOrder);
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < all.size(); first += 5) {
            int from = first;
            List<String> page = ids(departmentInFiltersOrder().listPage(from, 5));
            assertThat(page).as("page from %d, ours and Camunda's", from)
                    .isEqualTo(camundasOwn(() -> ids(departmentInFiltersOrder().listPage(from, 5))));
            paged.addAll(page);
        }

        assertThat(all).hasSize(14).doesNotHaveDuplicates().contains(departmentTask);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void theTasksHaveAnIndexInTheFiltersOrder() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (index.next()) {
                        if ("muraciet_ix_task_due_created".equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                            columns.add(index.getString("COLUMN_NAME").toLowerCase() + " " + index.getString("ASC_OR_DESC"));
                        }
                    }
                }
            }
        }

        assertThat(columns).containsExactly("due_date_ A", "create_time_ D");
    }

    @Test
    void aPageSortedByTheTasksOwnColumnsIsAskedByTaskIdWithoutADistinct() {
        identity.setAuthentication("tq-clerk", List.of(DEPARTMENT));

        String sql = TaskListStatement.of(engine, (TaskQueryImpl) departmentInFiltersOrder(), 0, 15, false).sql();

        assertThat(sql).contains("from ACT_RU_TASK RES where RES.ID_ in (select RES.ID_ from ACT_RU_TASK RES")
                .doesNotContainIgnoringCase("distinct")
                .contains("A.RESOURCE_ID_ = RES.ID_");
    }

    @Test
    void sortedByAVariableAsCamundaSortsIt() {
        String caseTask = forwardedCaseTask();
        List<String> groups = groupsOf("rauf");
        Supplier<TaskQuery> byApplicationNumber = () -> tasks.createTaskQuery().taskCandidateGroupIn(groups)
                .includeAssignedTasks().processDefinitionKey(WaterMeterInstallationProcess.PROCESS_KEY)
                .orderByProcessVariable(CaseVariables.APPLICATION_NUMBER, ValueType.STRING).asc();

        assertThat(sameAsCamundas("rauf", groups, byApplicationNumber)).contains(caseTask);
        assertThat(TaskListStatement.of(engine, (TaskQueryImpl) byApplicationNumber.get(), 0, 15, false).sql())
                .as("sorted by a joined table's column: Camunda's distinct over the joins").containsIgnoringCase("select distinct");
    }

    @Test
    void sortedByNameIgnoringCase() {
        String second = standaloneTask("tq B second", DEPARTMENT);
        String first = standaloneTask("tq a first", DEPARTMENT);

        assertThat(sameAsCamundas("tq-clerk", List.of(DEPARTMENT),
                () -> tasks.createTaskQuery().taskNameLike("tq %").orderByTaskNameCaseInsensitive().asc()))
                .containsExactly(first, second, departmentTask);
    }

    @Test
    void withARevokeInTheDatabaseCamundasStatementAnswers() {
        grantUser("tq-auditor", Resources.TASK, Authorization.ANY, Permissions.READ);
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("tq-auditor");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(otherDepartmentTask);
        revoke.removePermission(Permissions.READ);
        granted.add(authorizations.saveAuthorization(revoke).getId());

        assertThat(sameAsCamundas("tq-auditor", List.of(), () -> tasks.createTaskQuery().taskNameLike("tq %")))
                .containsExactlyInAnyOrder(departmentTask, unassignedTask);
    }

    /** The tasks the query finds for the user, after checking that Camunda's own statements find the same, counted alike. */
    private List<String> sameAsCamundas(String userId, List<String> groups, Supplier<TaskQuery> query) {
        identity.setAuthentication(userId, groups);
        List<String> ours = ids(query.get().list());
        long oursCounted = query.get().count();
        List<String> camundas = camundasOwn(() -> ids(query.get().list()));
        long camundasCounted = camundasOwn(() -> query.get().count());
        assertThat(ours).as("the list, ours and Camunda's").isEqualTo(camundas);
        assertThat(oursCounted).as("the count, ours and Camunda's").isEqualTo(camundasCounted).isEqualTo(ours.size());
        return ours;
    }

    /** The department filter's query for the user's groups, due date first and newest first, as Tasklist asks. */
    TaskQuery departmentInFiltersOrder() {
        return tasks.createTaskQuery().taskCandidateGroupIn(List.of(DEPARTMENT, DEPARTMENT + "-head"))
                .includeAssignedTasks().orderByDueDate().asc().orderByTaskCreateTime().desc();
    }

    <T> T camundasOwn(Supplier<T> query) {
        return CamundasStatements.during(engine, TaskQueryAuthorization.STATEMENTS.keySet(), query);
    }

    private String standaloneTask(String name, String candidateGroup) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        created.add(task.getId());
        if (candidateGroup != null) {
            tasks.addCandidateGroup(task.getId(), candidateGroup);
        }
        return task.getId();
    }

    private String forwardedCaseTask() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.TURAL, "10000004");
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        return cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();
    }

    private void grantUser(String userId, Resource resource, String resourceId, Permission permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        save(grant, resource, resourceId, permission);
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        save(grant, resource, resourceId, permission);
    }

    private void save(Authorization grant, Resource resource, String resourceId, Permission permission) {
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        granted.add(authorizations.saveAuthorization(grant).getId());
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    static List<String> ids(List<Task> list) {
        return list.stream().map(Task::getId).toList();
    }
}
