package az.muraciet.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The task list and count (Tasklist's filters, {@code /engine-rest/task}, the employee pages) check the user's grants
 * with semi-joins the database can hash, instead of Camunda's join that probes the authorization table once per task
 * (a department's first Tasklist page with 20,000 open tasks: bench/README.md). Same grants, same permissions, same
 * answer; the statements are in {@code TaskQueryAuthorization.xml}.
 */
@Component
class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

    static final String NAMESPACE = "az.muraciet.process.TaskQueryAuthorization";
    /** Camunda's statements, each asked as ours: our ids are distinct, as Camunda asks for its own by their short names. */
    static final Map<String, String> STATEMENTS = Map.of(
            "selectTaskByQueryCriteria", NAMESPACE + ".selectTaskByQueryCriteria_grantsHashed",
            "selectTaskCountByQueryCriteria", NAMESPACE + ".selectTaskCountByQueryCriteria_grantsHashed");
    /** Bound over the query's own check while Camunda's criteria are included: the check is added by the statement. */
    public static final AuthorizationCheck CHECKED_HERE = new AuthorizationCheck();

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        synchronized (mybatis) {
            if (!mybatis.hasStatement(STATEMENTS.get("selectTaskByQueryCriteria"), false)) {
                String resource = "az/muraciet/process/TaskQueryAuthorization.xml";
                try (InputStream xml = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(resource)) {
                    new XMLMapperBuilder(xml, mybatis, resource, mybatis.getSqlFragments()).parse();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
        Map<String, String> mappings = statements.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(statements.getStatementMappings());
        mappings.putAll(STATEMENTS);
        statements.setStatementMappings(mappings);
    }
}
