package az.muraciet.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine runs no scripts: Camunda 7.24 gets no security patches and our models use none. A deployment holding a
 * script is refused as a whole, naming the file and the element ({@link ScriptRefusingDeployer}); and no script
 * engine is ever resolved ({@link NoScriptEngines}), so a script that got into the database some other way fails
 * instead of running.
 */
@Component
class ScriptlessEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setScriptEngineResolver(new NoScriptEngines());
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new ScriptRefusingDeployer());
    }
}
