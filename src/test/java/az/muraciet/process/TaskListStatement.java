package az.muraciet.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The SQL the engine sends for a page of a task query, as the engine prepares it for the authenticated user (the
 * user's grants, the tenants), and the database's plan for it.
 */
record TaskListStatement(String sql, List<String> plan) {

    static TaskListStatement of(ProcessEngineConfigurationImpl engine, TaskQueryImpl query, int first, int max,
            boolean explain) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            query.setFirstResult(first);
            query.setMaxResults(max);
            context.getAuthorizationManager().configureTaskQuery(query);
            context.getTenantManager().configureQuery(query);
            String id = engine.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria");
            MappedStatement statement = engine.getSqlSessionFactory().getConfiguration().getMappedStatement(id);
            BoundSql sql = statement.getBoundSql(query);
            String text = sql.getSql().replaceAll("\\s+", " ").trim();
            return new TaskListStatement(text, explain ? plan(context, statement, query, sql) : List.of());
        });
    }

    private static List<String> plan(CommandContext context, MappedStatement statement, TaskQueryImpl query, BoundSql sql) {
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        List<String> plan = new ArrayList<>();
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql.getSql())) {
            new DefaultParameterHandler(statement, query, sql).setParameters(explain);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return plan;
    }
}
