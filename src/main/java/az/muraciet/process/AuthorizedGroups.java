package az.muraciet.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Before each command's first authorization check Camunda reads which groups hold any authorization, with a
 * {@code select distinct} over the whole authorization table: a row per open task of a department, so it grew with the
 * queues (about 5 ms with 20,000 open tasks, five times per Tasklist page). The same groups are read here along the
 * index on {@code GROUP_ID_}, one probe per group ({@code AuthorizedGroups.xml}).
 */
@Component
class AuthorizedGroups extends AbstractProcessEnginePlugin {

    static final Map<String, String> STATEMENTS = Map.of(
            "selectAuthorizedGroupIds", "az.muraciet.process.AuthorizedGroups.selectAuthorizedGroupIds_alongTheIndex");

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineStatements.replace(configuration, "az/muraciet/process/AuthorizedGroups.xml", STATEMENTS);
    }
}
