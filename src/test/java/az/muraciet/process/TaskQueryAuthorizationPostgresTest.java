package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;

/**
 * The same answers as Camunda's own task list and count, on PostgreSQL; and a page of a crowded department is read
 * along the filters' index, stopping at the page's end.
 */
@Tag("postgres")
@ActiveProfiles({ "postgres", "demo" })
class TaskQueryAuthorizationPostgresTest extends TaskQueryAuthorizationTest {

    static final int CROWD = 3000;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh("muraciet_it_task_query_authorization", registry);
    }

    @Autowired JdbcTemplate jdbc;

    @Test
    void aPageOfACrowdedDepartmentIsReadAlongTheFiltersIndex() {
        // open tasks offered to the department, each with the group's grant, as the engine writes them
        jdbc.update("""
                insert into act_ru_task (id_, rev_, name_, priority_, create_time_, due_date_, suspension_state_, task_state_)
                select 'tq-crowd-' || i, 1, 'tq crowded ' || i, 50, now() - i * interval '1 minute',
                       now() + (i % 7) * interval '1 day', 1, 'Created' from generate_series(1, ?) i""", CROWD);
        jdbc.update("""
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'tq-crowd-link-' || i, 1, ?, 'candidate', 'tq-crowd-' || i from generate_series(1, ?) i""",
                DEPARTMENT, CROWD);
        jdbc.update("""
                insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
                select 'tq-crowd-grant-' || i, 1, 1, ?, 7, 'tq-crowd-' || i, 6 from generate_series(1, ?) i""",
                DEPARTMENT, CROWD);
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
        jdbc.execute("analyze act_ru_authorization");
        try {
            identity.setAuthentication("tq-clerk", List.of(DEPARTMENT));

            List<String> plan = TaskListStatement.of(engine, (TaskQueryImpl) departmentInFiltersOrder(), 0, 15, true).plan();

            assertThat(plan.get(0)).as("plan %s", plan).startsWith("Limit");
            assertThat(plan).as("plan").anySatisfy(line -> assertThat(line).contains("muraciet_ix_task_due_created"))
                    .noneSatisfy(line -> assertThat(line).contains("Sort"));
            assertThat(ids(departmentInFiltersOrder().listPage(0, 15))).hasSize(15)
                    .isEqualTo(camundasOwn(() -> ids(departmentInFiltersOrder().listPage(0, 15))));
        } finally {
            jdbc.update("delete from act_ru_authorization where id_ like 'tq-crowd-grant-%'");
            jdbc.update("delete from act_ru_identitylink where id_ like 'tq-crowd-link-%'");
            jdbc.update("delete from act_ru_task where id_ like 'tq-crowd-%'");
        }
    }
}
