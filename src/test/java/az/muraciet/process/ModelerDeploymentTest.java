package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.casefile.Applications;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;

/**
 * An analyst deploys a new version of a model from the Camunda Modeler, which posts it to the engine REST API's
 * {@code /deployment/create} with HTTP Basic: new cases take the new version, running cases stay on theirs until
 * they are migrated with Camunda's migration API, and a restart does not put the packaged version back on top.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ModelerDeploymentTest {

    static final Login NURLAN = new Login("nurlan", "demo");
    static final Login LEYLA = new Login("leyla", "demo");
    static final String MODEL = "processes/NetworkTechnicalService.bpmn";
    static final List<String> FORMS = List.of("forms/network-technical-service-application.form",
            "forms/assign-executor.form", "forms/record-work-outcome.form", "forms/draw-up-work-act.form");
    static final String OLD_TASK_NAME = "name=\"İcraçı təyin et\"";
    static final String NEW_TASK_NAME = "name=\"İcraçını təyin et\"";

    private final HttpCalls http;
    @Autowired CaseScenarios cases;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired ProcessModelDeployer deployer;
    @Autowired Applications applications;

    ModelerDeploymentTest(@LocalServerPort int port) {
        this.http = new HttpCalls(port);
    }

    @Test
    void newCasesTakeTheNewVersionWhileRunningCasesStayOnTheirs() throws IOException {
        String running = caseAwaitingExecutor();
        String runningVersion = definitionOf(running);

        Answer deployed = deployFromModeler(NURLAN, model().replace(OLD_TASK_NAME, NEW_TASK_NAME));

        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
        String newVersion = deployedDefinitionId(deployed);
        assertThat(newVersion).isNotEqualTo(runningVersion);
        assertThat(definitionOf(running)).isEqualTo(runningVersion);
        assertThat(cases.task(running, NetworkTechnicalServiceProcess.TASK_ASSIGN_EXECUTOR).getName()).isEqualTo("İcraçı təyin et");
        String later = caseAwaitingExecutor();
        assertThat(definitionOf(later)).isEqualTo(newVersion);
        assertThat(cases.task(later, NetworkTechnicalServiceProcess.TASK_ASSIGN_EXECUTOR).getName()).isEqualTo("İcraçını təyin et");
        assertThat(repository.getDeploymentResources(deployedId(deployed))).as("its forms, bound by deployment")
                .extracting(org.camunda.bpm.engine.repository.Resource::getName).contains("assign-executor.form");

        assertThat(deployer.deploy()).as("a restart with unchanged packaged models deploys nothing").isNull();
        assertThat(latestVersion()).isEqualTo(newVersion);
    }

    @Test
    void runningCasesMoveToTheNewVersionWithTheMigrationApiAndGoOnThere() throws IOException {
        String running = caseAwaitingExecutor();
        String newVersion = deployedDefinitionId(deployFromModeler(NURLAN, model().replace(OLD_TASK_NAME, NEW_TASK_NAME)));

        Answer plan = http.post("/engine-rest/migration/generate", NURLAN, Map.of(
                "sourceProcessDefinitionId", definitionOf(running), "targetProcessDefinitionId", newVersion,
                "updateEventTriggers", true));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
        Answer migrated = http.post("/engine-rest/migration/execute", NURLAN, Map.of(
                "migrationPlan", plan.json(), "processInstanceIds", List.of(processInstanceOf(running))));

        assertThat(migrated.status()).as(migrated.toString()).isEqualTo(204);
        assertThat(definitionOf(running)).isEqualTo(newVersion);
        cases.assignExecutor(running, "orxan");
        cases.complete(running, NetworkTechnicalServiceProcess.TASK_RECORD_WORK_OUTCOME, Map.of("workOutcome", "NO_ACCESS"));
        assertThat(applications.findById(running).orElseThrow().status()).isEqualTo("REJECTED");
    }

    @Test
    void onlyProcessAnalystsDeploy() throws IOException {
        long before = repository.createDeploymentQuery().count();

        assertThat(deployFromModeler(null, model()).status()).isEqualTo(401);
        assertThat(deployFromModeler(LEYLA, model()).status()).isEqualTo(403);
        // Camunda throttles a user's logins after a wrong password, so this uses a user no other test logs in as
        assertThat(deployFromModeler(new Login("sevda", "wrong"), model()).status()).isEqualTo(401);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @AfterEach
    void removeModelerDeployments() {
        for (Deployment deployment : repository.createDeploymentQuery().deploymentSource("Camunda Modeler").list()) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    /** What the Camunda Modeler sends: the model, and the forms it references attached to the same deployment. */
    private Answer deployFromModeler(Login login, String model) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "NetworkTechnicalService");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("NetworkTechnicalService.bpmn", file("NetworkTechnicalService.bpmn", model.getBytes(StandardCharsets.UTF_8)));
        for (String form : FORMS) {
            String name = form.substring(form.indexOf('/') + 1);
            parts.add(name, file(name, read(form)));
        }
        return http.postMultipart("/engine-rest/deployment/create", login, parts);
    }

    private String caseAwaitingExecutor() {
        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.networkService("20000001"));
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        return id;
    }

    private String definitionOf(String applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult()
                .getProcessDefinitionId();
    }

    private String processInstanceOf(String applicationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult().getId();
    }

    private String latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(NetworkTechnicalServiceProcess.PROCESS_KEY)
                .latestVersion().singleResult().getId();
    }

    private static String deployedId(Answer deployed) {
        return deployed.json().path("id").asText();
    }

    private static String deployedDefinitionId(Answer deployed) {
        JsonNode definitions = deployed.json().path("deployedProcessDefinitions");
        assertThat(definitions.size()).as(deployed.toString()).isOne();
        return definitions.fieldNames().next();
    }

    private static String model() throws IOException {
        return new String(read(MODEL), StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static ByteArrayResource file(String name, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
