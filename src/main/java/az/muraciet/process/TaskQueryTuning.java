package az.muraciet.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What Camunda's task queries (Tasklist's filters, the engine REST API's task lists) need beyond the engine's own
 * indexes, created at start-up once the engine's tables exist (they are the engine's, not Flyway's).
 *
 * <p><b>An index in the order of the employees' filters.</b> Every filter of ours sorts by due date, and Tasklist adds
 * "newest first" ({@link TasklistFilters}). Along {@code (DUE_DATE_, CREATE_TIME_ desc)} the database finds a page as
 * the first tasks that pass the criteria and the grants, instead of sorting all of a department's tasks first
 * ({@code TaskQueryAuthorization.xml}). Created on H2 and PostgreSQL; building it locks {@code ACT_RU_TASK} against
 * writes briefly at start-up, and the table holds open tasks only.
 *
 * <p><b>Statistics for the authorization check (PostgreSQL).</b> Every task offered to a department has an
 * authorization row of its own ({@code ACT_RU_AUTHORIZATION}, written by the engine), and the check filters those rows
 * by {@code PERMS_ & 2 = 2} (READ) or {@code PERMS_ & 64 = 64} (READ_TASK). PostgreSQL has no statistics for such an
 * expression and guesses 0.5 % of the rows match, so with 20,000 open tasks it expects 100 authorizations where 20,000
 * match and joins every task with every authorization (400 million comparisons: a department's first Tasklist page
 * took a minute, bench/README.md). Statistics on the two expressions give it the real share.
 */
@Component
@Order(0)
class TaskQueryTuning implements ApplicationRunner {

    static final List<String> INDEXES = List.of(
            "create index if not exists muraciet_ix_task_due_created on act_ru_task (due_date_, create_time_ desc)");
    static final List<String> STATISTICS = List.of(
            "create statistics if not exists muraciet_st_auth_read on ((perms_ & 2)) from act_ru_authorization",
            "create statistics if not exists muraciet_st_auth_read_task on ((perms_ & 64)) from act_ru_authorization");
    /** Any number of the application's own, so that two nodes starting at once create everything once. */
    private static final long LOCK = 0x6d75726163696574L;
    private static final Logger LOG = LoggerFactory.getLogger(TaskQueryTuning.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    TaskQueryTuning(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!onPostgreSql()) {
            INDEXES.forEach(jdbc::execute);
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
            INDEXES.forEach(jdbc::execute);
            STATISTICS.forEach(jdbc::execute);
        });
        jdbc.execute("analyze act_ru_authorization");
        LOG.info("The task list's index and the statistics for Camunda's authorization check are in place");
    }

    private boolean onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
