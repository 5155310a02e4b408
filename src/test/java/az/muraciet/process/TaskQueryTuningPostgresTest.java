package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;

/**
 * On PostgreSQL the application gives the planner statistics for Camunda's authorization check of task queries: with
 * thousands of task authorizations (one per open task of a department), the planner's estimate of how many of them a
 * department's task list checks is close to the truth instead of 0.5 % of them — the misestimate that made it join
 * every task with every authorization (a department's Tasklist page with 20,000 open tasks took a minute).
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({ "postgres", "demo" })
class TaskQueryTuningPostgresTest {

    static final String DATABASE = "muraciet_it_auth_statistics";
    static final int TASK_AUTHORIZATIONS = 5000;
    /** The rows of the authorization check of a department's task query, as Camunda 7.24 writes it on PostgreSQL. */
    static final String AUTHORIZATION_CHECK = """
            select a.* from act_ru_authorization a where a.type_ < 2
              and (a.user_id_ in ('leyla', '*') or a.group_id_ in ('azersu-yasamal', 'azersu-yasamal-head'))
              and ((a.resource_type_ = 7 and a.perms_ & 2 = 2 or a.resource_type_ = 6 and a.perms_ & 64 = 64))""";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh(DATABASE, registry);
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskQueryTuning tuning;

    @Test
    void thePlannerKnowsHowManyTaskAuthorizationsTheCheckReads() throws Exception {
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'muraciet_st_%' order by 1",
                String.class)).containsExactly("muraciet_st_auth_read", "muraciet_st_auth_read_task");

        // as the engine writes them for tasks offered to the department: group, READ and UPDATE (6) on the task (7)
        jdbc.update("""
                insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)
                select 'bench-auth-' || i, 1, 1, 'azersu-yasamal', 7, 'task-' || i, 6 from generate_series(1, ?) i""",
                TASK_AUTHORIZATIONS);
        tuning.run(null);

        long actual = jdbc.queryForObject("select count(*) from (" + AUTHORIZATION_CHECK + ") checked", Long.class);
        assertThat(actual).isGreaterThanOrEqualTo(TASK_AUTHORIZATIONS);
        assertThat(estimatedRows(AUTHORIZATION_CHECK)).as("the planner's estimate of %d rows", actual)
                .isGreaterThan(actual / 2);

        tuning.run(null);
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext where stxname like 'muraciet_st_%'",
                String.class)).as("a second start creates nothing more").hasSize(2);
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where indexname like 'muraciet_ix_%'", String.class))
                .containsExactly("CREATE INDEX muraciet_ix_task_due_created ON public.act_ru_task USING btree "
                        + "(due_date_, create_time_ DESC)");
    }

    /**
     * As the engine runs it: one prepared statement, executed again and again, its permissions as parameters. After
     * five executions the driver would prepare it on the server and PostgreSQL could keep one plan for any values, blind
     * to the statistics; through the application's connections a statement checking authorizations is never prepared
     * on the server (planned with its values at each execution), while any other statement still is.
     */
    @Test
    void theRepeatedAuthorizationCheckIsPlannedWithItsValues() throws Exception {
        String check = "select a.id_ from act_ru_authorization a where a.type_ < 2 and a.group_id_ = ? "
                + "and a.resource_type_ = ? and a.perms_ & ? = ?";
        String other = "select t.id_ from act_ru_task t where t.assignee_ = ?";
        List<String> serverPrepared = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            for (String sql : List.of(check, other)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < 10; i++) {
                        statement.setString(1, "azersu-nasimi");
                        if (sql == check) {
                            statement.setInt(2, 7);
                            statement.setInt(3, 2);
                            statement.setInt(4, 2);
                        }
                        statement.executeQuery().close();
                    }
                }
            }
            List<String> statements = new ArrayList<>();
            try (Statement sql = connection.createStatement();
                    ResultSet prepared = sql.executeQuery("select statement from pg_prepared_statements")) {
                while (prepared.next()) {
                    statements.add(prepared.getString(1));
                }
            }
            return statements;
        });
        assertThat(serverPrepared).as("statements prepared on the server, with a plan PostgreSQL may keep")
                .anySatisfy(sql -> assertThat(sql).contains("act_ru_task"))
                .noneSatisfy(sql -> assertThat(sql).containsIgnoringCase("act_ru_authorization"));
    }

    /** Compiling a task list's query took longer than running it (640 ms of 1.1 s with 20,000 open tasks). */
    @Test
    void queriesAreNeverCompiled() {
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }

    private long estimatedRows(String query) {
        List<String> plan = jdbc.queryForList("explain " + query, String.class);
        String top = plan.get(0);
        return Long.parseLong(top.replaceFirst(".*rows=(\\d+).*", "$1"));
    }
}
