package az.muraciet.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
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
    static final Map<String, String> STATEMENTS = Map.of(
            "selectTaskByQueryCriteria", NAMESPACE + ".selectTaskByQueryCriteria_grantsHashed",
            "selectTaskCountByQueryCriteria", NAMESPACE + ".selectTaskCountByQueryCriteria_grantsHashed");
    /** Bound over the query's own check while Camunda's criteria are included: the check is added by the statement. */
    public static final AuthorizationCheck CHECKED_HERE = new AuthorizationCheck();

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineStatements.replace(configuration, "az/muraciet/process/TaskQueryAuthorization.xml", STATEMENTS);
    }
}
