package az.muraciet.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL server of the bench (127.0.0.1:5432, user postgres): a database per target, plain SQL. */
final class Database {

    private final String server;
    final String name;

    Database(String server, String name) {
        this.server = server;
        this.name = name;
    }

    String jdbcUrl() {
        return server + name;
    }

    /** Drops the database if it is there and creates it empty. */
    void createAfresh() throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    void execute(String statement) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    long count(String query) throws SQLException {
        return Long.parseLong(strings(query).get(0));
    }
}
