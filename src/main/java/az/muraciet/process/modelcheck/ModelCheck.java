package az.muraciet.process.modelcheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelException;

import az.muraciet.process.ModelScripts;

/**
 * The analysts' model check: reads every BPMN and DMN model in a folder and tells, per file and element, what would
 * break at run time or leave the model unreadable to the next analyst ({@link ModelRule}). It knows the application
 * only through {@link KnownNames}.
 */
final class ModelCheck {

    private static final Comparator<ModelFinding> ORDER = Comparator.comparing(ModelFinding::file)
            .thenComparing(ModelFinding::elementId).thenComparing(ModelFinding::rule);

    private final List<BpmnRules> processRules;
    private final RoutingTableRules routingTableRules;

    ModelCheck(KnownNames known) {
        processRules = List.of(new FormRules(known), new UserTaskRules(), new ExpressionRules(known),
                new CaseStatusRules(known), new NamingRules(), new DiagramRules(), new CitizenActionRules());
        routingTableRules = new RoutingTableRules(known.groups());
    }

    /**
     * Every {@code *.bpmn} and {@code *.dmn} directly in the folder.
     *
     * @throws IllegalArgumentException if the folder holds no model, so a wrong folder cannot pass for a clean one
     */
    List<ModelFinding> check(Path folder) {
        List<ModelFinding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> models = files.filter(ModelCheck::isModel).sorted().toList();
            if (models.isEmpty()) {
                throw new IllegalArgumentException("No .bpmn or .dmn model in " + folder.toAbsolutePath());
            }
            for (Path file : models) {
                findings.addAll(check(file.toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models in " + folder.toAbsolutePath(), e);
        }
        findings.sort(ORDER);
        return findings;
    }

    /** @param file the name to report, ending in {@code .bpmn} or {@code .dmn} */
    List<ModelFinding> check(String file, String content) {
        List<ModelFinding> findings = new ArrayList<>(scripts(file, content));
        try {
            if (file.endsWith(".dmn")) {
                findings.addAll(routingTableRules.check(file, Dmn.readModelFromStream(stream(content))));
                return sorted(findings);
            }
            BpmnModelInstance model = Bpmn.readModelFromStream(stream(content));
            processRules.forEach(rules -> findings.addAll(rules.check(file, model)));
            return sorted(findings);
        } catch (ModelException e) {
            findings.add(new ModelFinding(file, ModelFinding.WHOLE_FILE, ModelRule.READABLE,
                    "the file is no valid model (" + rootCause(e) + "); open it in the Camunda Modeler and save it again"));
            return sorted(findings);
        }
    }

    /** The engine refuses a deployment with a script ({@link ModelScripts}): told here before the analyst deploys. */
    private static List<ModelFinding> scripts(String file, String content) {
        return ModelScripts.in(content.getBytes(StandardCharsets.UTF_8)).stream()
                .map(script -> new ModelFinding(file, script.elementId(), ModelRule.NO_SCRIPT, "has " + script.what()
                        + "; scripts are disabled in the engine: use a service task with a delegate expression, "
                        + "an expression, or a decision table in FEEL"))
                .toList();
    }

    private static boolean isModel(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".bpmn") || name.endsWith(".dmn"));
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ModelFinding> sorted(List<ModelFinding> findings) {
        List<ModelFinding> result = new ArrayList<>(findings);
        result.sort(ORDER);
        return result;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
