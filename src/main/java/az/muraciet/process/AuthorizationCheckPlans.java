package az.muraciet.process;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every statement that checks Camunda's authorizations is planned with its values, each time; all
 * other statements keep the driver's server-side prepared statements and their cached plans.
 *
 * <p>The check filters authorizations by {@code PERMS_ & ? = ?}. With the values in hand the planner uses the
 * statistics of {@link TaskQueryTuning}; once the driver prepares a statement on the server (after five
 * executions) PostgreSQL may keep a generic plan, blind to the permission, that joins every task with every
 * authorization (a department's Tasklist page with 20,000 open tasks took 45 s). Planning every statement with its
 * values ({@code plan_cache_mode = force_custom_plan}) cured that and cost the application ~10 % of its throughput,
 * paid by the engine's hundreds of simple statements per case (bench/README.md); this pays it only where it helps.
 */
@Component
class AuthorizationCheckPlans implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof PlannedPerExecution)
                ? new PlannedPerExecution(dataSource)
                : bean;
    }

    static boolean checksAuthorizations(String sql) {
        return sql.contains("ACT_RU_AUTHORIZATION") || sql.contains("act_ru_authorization");
    }

    static final class PlannedPerExecution extends DelegatingDataSource {

        PlannedPerExecution(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return planningPerExecution(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return planningPerExecution(super.getConnection(username, password));
        }

        /** A PostgreSQL connection that plans authorization checks per execution; any other connection as it is. */
        private static Connection planningPerExecution(Connection connection) throws SQLException {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return connection;
            }
            return (Connection) Proxy.newProxyInstance(AuthorizationCheckPlans.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, new StatementPreparation(connection));
        }
    }

    private record StatementPreparation(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "planned per execution: " + target;
                default:
                    break;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
                    && args[0] instanceof String sql && checksAuthorizations(sql)) {
                // threshold 0: never a named server-side statement, so PostgreSQL plans each execution with its values
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            return result;
        }
    }
}
