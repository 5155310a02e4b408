package az.muraciet.process;

import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;

/** The same answers as Camunda's own task list and count, on PostgreSQL. */
@Tag("postgres")
@ActiveProfiles({ "postgres", "demo" })
class TaskQueryAuthorizationPostgresTest extends TaskQueryAuthorizationTest {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh("muraciet_it_task_query_authorization", registry);
    }
}
