package az.muraciet.process;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Runs before the engine's own deployers: a deployment with a script in any of its BPMN, CMMN or DMN models is
 * refused as a whole (nothing is deployed), the answer naming each file and element. Over the REST API (the Camunda
 * Modeler's path) that is a 400.
 */
final class ScriptRefusingDeployer implements Deployer {

    private static final List<String> MODEL_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".cmmn", ".cmmn10.xml",
            ".cmmn11.xml", ".dmn", ".dmn11.xml");

    @Override
    public void deploy(DeploymentEntity deployment) {
        String found = deployment.getResources().values().stream()
                .filter(resource -> isModel(resource.getName()))
                .flatMap(resource -> ModelScripts.in(resource.getBytes()).stream()
                        .map(script -> resource.getName() + ": " + script.elementId() + " has " + script.what()))
                .collect(Collectors.joining("; "));
        if (!found.isEmpty()) {
            throw new BadUserRequestException("Deployment refused: scripts are disabled in this engine, use a service "
                    + "task with a delegate expression or a decision table in FEEL instead. " + found);
        }
    }

    private static boolean isModel(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return MODEL_SUFFIXES.stream().anyMatch(lower::endsWith);
    }
}
