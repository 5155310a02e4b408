package az.muraciet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own for a test of the PostgreSQL suite ({@code ./mvnw -Ppostgres verify}), on the server named by
 * {@code MURACIET_TEST_PG} (default 127.0.0.1:5432), as user postgres.
 */
public final class PostgresTestDatabase {

    private static final String SERVER = System.getenv().getOrDefault("MURACIET_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = "postgres";
    private static final String PASSWORD = "";

    private PostgresTestDatabase() {
    }

    /** Drops the database if it is there, creates it empty and points the application's data source at it. */
    public static void createAfresh(String database, DynamicPropertyRegistry registry) throws SQLException {
        createAfresh(database);
        registry.add("spring.datasource.url", () -> SERVER + database);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /**
     * Drops the database if it is there and creates it empty.
     *
     * @return the application's data source settings for it, as command-line arguments
     */
    public static String[] createAfresh(String database) throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        return new String[] { "--spring.datasource.url=" + SERVER + database, "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD };
    }

    /** A connection of the test's own, beside the application's. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, USER, PASSWORD);
    }
}
