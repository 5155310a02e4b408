package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.security.DemoCitizens;

/** A status step's {@code caseStatusNote} reaches the case history, the API's case details and the portal's timeline. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseStatusNoteTest {

    static final String CITIZEN = DemoCitizens.RASHAD;

    @Autowired CaseScenarios cases;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired CaseFiles caseFiles;
    @Autowired MockMvc mvc;

    Deployment deployment;

    @Test
    void theNoteIsEvaluatedWhenTheStepIsReachedAndKeptWithIt() throws Exception {
        String id = cases.submit(CITIZEN, "10000002");
        deploy("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" \
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_NoteExample" targetNamespace="http://muraciet.az/bpmn">
                  <bpmn:process id="NoteExample" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="StartEvent_Started" />
                    <bpmn:intermediateThrowEvent id="Event_ExecutorAssigned">
                      <bpmn:extensionElements><camunda:properties>
                        <camunda:property name="caseStatus" value="EXECUTOR_ASSIGNED" />
                        <camunda:property name="caseStatusNote" value="Qəbul edilmiş göstərici: ${reading} m³" />
                      </camunda:properties></bpmn:extensionElements>
                    </bpmn:intermediateThrowEvent>
                    <bpmn:endEvent id="EndEvent_Done" />
                    <bpmn:sequenceFlow id="SequenceFlow_Started" sourceRef="StartEvent_Started" targetRef="Event_ExecutorAssigned" />
                    <bpmn:sequenceFlow id="SequenceFlow_Assigned" sourceRef="Event_ExecutorAssigned" targetRef="EndEvent_Done" />
                  </bpmn:process>
                </bpmn:definitions>
                """);

        runtime.startProcessInstanceByKey("NoteExample", id, Map.of("reading", "1234.5"));

        CaseDetails details = caseFiles.caseOf(CITIZEN, id);
        CaseDetails.Step last = details.history().get(details.history().size() - 1);
        assertThat(last.status()).isEqualTo("EXECUTOR_ASSIGNED");
        assertThat(last.note()).isEqualTo("Qəbul edilmiş göstərici: 1234.5 m³");
        assertThat(PortalBrowser.signedIn(mvc, CITIZEN).open("/applications/" + id).doc()
                .select("li[data-status=EXECUTOR_ASSIGNED] .timeline__note").text())
                .isEqualTo("Qəbul edilmiş göstərici: 1234.5 m³");
    }

    @Test
    void aStepWithoutANoteHasNone() {
        String id = cases.submit(CITIZEN, "10000002");

        assertThat(caseFiles.caseOf(CITIZEN, id).history()).extracting(CaseDetails.Step::note).containsOnlyNulls();
    }

    private void deploy(String model) {
        deployment = repository.createDeployment().name("case-status-note-test")
                .addString("NoteExample.bpmn", model).deploy();
    }

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
