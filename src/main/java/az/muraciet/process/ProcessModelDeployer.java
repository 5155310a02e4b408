package az.muraciet.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import az.muraciet.forms.CamundaForm;

/**
 * Deploys the analysts' models ({@code processes/*.bpmn}, {@code processes/*.dmn}) and the Camunda Forms
 * ({@code forms/*.form}) at start-up, as one deployment holding what changed since the last one. A changed process
 * is deployed with the forms it references and a changed form with the processes that reference it, because a
 * process finds its forms in its own deployment (deployment binding). Nothing changed: nothing is deployed.
 */
@Component
@Order(0)
class ProcessModelDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "muraciet";
    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

    private final RepositoryService repository;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ProcessModelDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
    }

    /** @return the new deployment, or null when nothing changed */
    Deployment deploy() {
        return deploy(read("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"));
    }

    /** @param models resource name (as deployed, e.g. {@code processes/X.bpmn}) to content */
    Deployment deploy(Map<String, byte[]> models) {
        Map<String, byte[]> deployed = latestDeployed(models.keySet());
        Set<String> changed = new TreeSet<>();
        models.forEach((name, content) -> {
            if (!Arrays.equals(content, deployed.get(name))) {
                changed.add(name);
            }
        });
        if (changed.isEmpty()) {
            log.info("Process models unchanged since the last deployment; nothing deployed");
            return null;
        }
        Set<String> toDeploy = withBindingPartners(changed, models);
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
        toDeploy.forEach(name -> builder.addInputStream(name, new ByteArrayInputStream(models.get(name))));
        Deployment deployment = builder.deploy();
        log.info("Deployed {} (changed: {}; with their forms and processes: {})", deployment.getId(), changed, toDeploy);
        return deployment;
    }

    private Set<String> withBindingPartners(Set<String> changed, Map<String, byte[]> models) {
        Map<String, String> formFileById = new LinkedHashMap<>();
        models.forEach((name, content) -> {
            if (name.endsWith(".form")) {
                formFileById.put(CamundaForm.parse(new String(content, StandardCharsets.UTF_8)).id(), name);
            }
        });
        Set<String> result = new TreeSet<>(changed);
        models.forEach((name, content) -> {
            if (!name.endsWith(".bpmn")) {
                return;
            }
            Set<String> forms = new TreeSet<>();
            Matcher ref = FORM_REF.matcher(new String(content, StandardCharsets.UTF_8));
            while (ref.find()) {
                if (formFileById.containsKey(ref.group(1))) {
                    forms.add(formFileById.get(ref.group(1)));
                }
            }
            if (changed.contains(name) || forms.stream().anyMatch(changed::contains)) {
                result.add(name);
                result.addAll(forms);
            }
        });
        return result;
    }

    private Map<String, byte[]> latestDeployed(Set<String> names) {
        Map<String, byte[]> latest = new LinkedHashMap<>();
        for (Deployment deployment : repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list()) {
            for (var resource : repository.getDeploymentResources(deployment.getId())) {
                if (names.contains(resource.getName()) && !latest.containsKey(resource.getName())) {
                    latest.put(resource.getName(), resource.getBytes());
                }
            }
            if (latest.keySet().containsAll(names)) {
                break;
            }
        }
        return latest;
    }

    private Map<String, byte[]> read(String... patterns) {
        Map<String, byte[]> models = new LinkedHashMap<>();
        for (String pattern : patterns) {
            String folder = pattern.substring("classpath*:".length(), pattern.lastIndexOf('/') + 1);
            try {
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        models.putIfAbsent(folder + resource.getFilename(), in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read process models " + pattern, e);
            }
        }
        return models;
    }
}
