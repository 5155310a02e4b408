package az.muraciet.process;

import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;

/** The same groups as Camunda's own statement, on PostgreSQL. */
@Tag("postgres")
@ActiveProfiles({ "postgres", "demo" })
class AuthorizedGroupsPostgresTest extends AuthorizedGroupsTest {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh("muraciet_it_authorized_groups", registry);
    }
}
