package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import az.muraciet.casefile.CaseStatuses;

/** The statuses in the database, the status steps in the analysts' models, and the templates, together. */
@SpringBootTest
class StatusNotificationsTest {

    @Autowired CaseStatuses statuses;
    @Autowired MessageTemplates templates;

    @Test
    void theCitizenIsToldAboutEveryStepButSubmittedAndCancelled() {
        assertThat(statuses.notifiedStatuses()).contains("REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED",
                "ACT_DRAWN_UP", "COMPLETED", "REJECTED")
                // the water supply suspension's own steps
                .contains("SUSPENDED", "RESTORATION_REQUESTED", "RESTORED")
                // the electronic appeal's answer, the accident report handed to the crew
                .contains("ANSWERED", "DISPATCHED")
                // the meter reading submission tells the reading it accepted
                .contains("READING_ACCEPTED")
                // a new subscriber is told the code issued
                .contains("SUBSCRIBER_REGISTERED")
                .doesNotContain("SUBMITTED", "CANCELLED");
    }

    @Test
    void everyNotifyingStatusHasItsTemplatesOnEveryChannelInEveryLanguage() {
        for (String status : statuses.notifiedStatuses()) {
            for (Channel channel : Channel.values()) {
                assertThat(templates.hasTemplate(status, channel)).as(status + " by " + channel).isTrue();
                for (String path : TemplateFiles.required(status, channel)) {
                    assertThat(templates.files().find(path)).as(path).isPresent();
                }
            }
        }
    }

    @Test
    void everyNotifyingStatusRendersFromTheStartUpCheckWithinTheSmsBudget() {
        NotificationTemplatesCheck.verify(templates, statuses.notifiedStatuses(), NotificationTemplatesCheck.longValues(statuses));
        assertThat(templates.smsSegmentBudget()).isEqualTo(2);
    }

    @Test
    void everyStatusAModelSetsIsKnownAndHasItsTemplatesIfItNotifies() throws IOException {
        Set<String> used = statusesUsedInModels();

        assertThat(used).as("the status steps of processes/*.bpmn").isNotEmpty();
        assertThat(statuses.statusCodes()).containsAll(used);
        for (String status : used) {
            for (Channel channel : Channel.values()) {
                assertThat(templates.hasTemplate(status, channel)).as(status + " by " + channel)
                        .isEqualTo(statuses.notifiedStatuses().contains(status));
            }
        }
    }

    private static Set<String> statusesUsedInModels() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        Set<String> used = new TreeSet<>();
        for (Path model : models) {
            Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(CamundaProperties.class).stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> "caseStatus".equals(property.getCamundaName()))
                    .forEach(property -> used.add(property.getCamundaValue()));
        }
        return used;
    }
}
