package az.muraciet.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The test's own statements on the cluster's database, over a connection of its own beside the nodes'. */
final class ClusterDatabase {

    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;

    ClusterDatabase(Connector connector) {
        this.connector = connector;
    }

    void execute(String statement) throws SQLException {
        try (Connection connection = connector.connect(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    /** The first column of every row of the query, as text. */
    List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connector.connect(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
