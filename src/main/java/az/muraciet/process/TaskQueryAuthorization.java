package az.muraciet.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.springframework.stereotype.Component;

/**
 * The task list and count (Tasklist's filters, {@code /engine-rest/task}, the employee pages) check the user's grants
 * with semi-joins the database can hash, instead of Camunda's join that probes the authorization table once per task
 * (a department's first Tasklist page with 20,000 open tasks: bench/README.md). A page sorted by the task's own
 * columns is asked by task id, without Camunda's distinct, so the database can stop at the page's end. Same grants,
 * same permissions, same answer; the statements are in {@code TaskQueryAuthorization.xml}.
 */
@Component
class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

    static final String NAMESPACE = "az.muraciet.process.TaskQueryAuthorization";
    static final Map<String, String> STATEMENTS = Map.of(
            "selectTaskByQueryCriteria", NAMESPACE + ".selectTaskByQueryCriteria_grantsHashed",
            "selectTaskCountByQueryCriteria", NAMESPACE + ".selectTaskCountByQueryCriteria_grantsHashed");
    /** Bound over the query's own check while Camunda's criteria are included: the check is added by the statement. */
    public static final AuthorizationCheck CHECKED_HERE = new AuthorizationCheck();

    /** Whether the statement checks the grants itself; Camunda's check stays for revokes and composite checks. */
    public static boolean checksGrants(AuthorizationCheck check) {
        return check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
                && !check.isRevokeAuthorizationCheckEnabled()
                && (check.getPermissionChecks().getCompositeChecks() == null
                        || check.getPermissionChecks().getCompositeChecks().isEmpty());
    }

    /** Whether the list is sorted by the task's own columns only (no variable's value, no joined table). */
    public static boolean sortedByTaskColumns(List<QueryOrderingProperty> ordering) {
        return ordering.stream().allMatch(QueryOrderingProperty::isContainedProperty);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineStatements.replace(configuration, "az/muraciet/process/TaskQueryAuthorization.xml", STATEMENTS);
    }
}
