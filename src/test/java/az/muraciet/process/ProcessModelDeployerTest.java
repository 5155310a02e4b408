package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProcessModelDeployerTest {

    @Autowired ProcessModelDeployer deployer;
    @Autowired RepositoryService repository;

    @Test
    void startUpDeployedTheModelsAndTheFormsTogether() {
        Deployment deployment = repository.createDeploymentQuery().deploymentName(ProcessModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().asc().list().get(0);

        assertThat(repository.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
                .contains("processes/WaterMeterInstallation.bpmn", "processes/DepartmentRouting.dmn",
                        "forms/water-meter-installation-application.form", "forms/assign-executor.form",
                        "forms/record-visit-outcome.form", "forms/draw-up-act.form");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(WaterMeterInstallationProcess.PROCESS_KEY)
                .deploymentId(deployment.getId()).count()).isOne();
    }

    @Test
    void unchangedModelsAreNotDeployedAgain() {
        long before = repository.createDeploymentQuery().count();

        assertThat(deployer.deploy()).isNull();

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aChangedFormIsDeployedWithTheProcessesThatUseItAndNothingElse() throws IOException {
        Map<String, byte[]> models = sourceTree();
        String form = new String(models.get("forms/assign-executor.form"), StandardCharsets.UTF_8);
        models.put("forms/assign-executor.form",
                form.replace("\"İcraçıya qeyd\"", "\"İcraçı üçün qeyd\"").getBytes(StandardCharsets.UTF_8));

        Deployment deployment = deployer.deploy(models);

        assertThat(repository.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
                .containsExactlyInAnyOrder("forms/assign-executor.form", "processes/WaterMeterInstallation.bpmn",
                        "forms/water-meter-installation-application.form", "forms/record-visit-outcome.form",
                        "forms/draw-up-act.form",
                        // Azərişıq's service assigns its executor with the same form
                        "processes/NetworkTechnicalService.bpmn", "forms/network-technical-service-application.form",
                        "forms/record-work-outcome.form", "forms/draw-up-work-act.form",
                        // and so does the water supply suspension
                        "processes/WaterSupplySuspension.bpmn", "forms/water-supply-suspension-application.form",
                        "forms/seal-supply.form", "forms/unseal-supply.form",
                        // and Azərsu's new subscriber registration
                        "processes/NewSubscriberRegistration.bpmn",
                        "forms/new-subscriber-registration-application.form", "forms/check-documents.form",
                        "forms/inspect-site.form");
        assertThat(deployer.deploy(models)).as("deployed once, then unchanged").isNull();
    }

    @Test
    void aChangedDecisionIsDeployedAlone() throws IOException {
        Map<String, byte[]> models = sourceTree();
        String dmn = new String(models.get("processes/DepartmentRouting.dmn"), StandardCharsets.UTF_8);
        models.put("processes/DepartmentRouting.dmn",
                dmn.replace("Yasamal Su-Kanal İdarəsi</description>", "Yasamal SKİ</description>").getBytes(StandardCharsets.UTF_8));

        Deployment deployment = deployer.deploy(models);

        assertThat(repository.getDeploymentResources(deployment.getId())).extracting(Resource::getName)
                .containsExactly("processes/DepartmentRouting.dmn");
    }

    @AfterEach
    void backToTheModelsOfTheSourceTree() throws IOException {
        deployer.deploy(sourceTree());
    }

    /** The analysts' folder and the forms as they are in the source tree. */
    private static Map<String, byte[]> sourceTree() throws IOException {
        Map<String, byte[]> models = new LinkedHashMap<>();
        for (String folder : new String[] { "processes", "src/main/resources/forms" }) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    String prefix = folder.endsWith("forms") ? "forms/" : "processes/";
                    models.put(prefix + file.getFileName(), Files.readAllBytes(file));
                }
            }
        }
        return models;
    }
}
