package az.muraciet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterMeterInstallationProcess;
import az.muraciet.security.DemoCitizens;

/**
 * The engine REST API reads and writes JSON with the one shared mapper, configured as Camunda configures its own:
 * the serializers it built for the first answer serve the next ones, dates keep Camunda's format, and a property
 * Camunda does not know is still ignored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EngineApiObjectMapperTest {

    static final Login LEYLA = new Login("leyla", "demo");
    /** Camunda's date format, yyyy-MM-dd'T'HH:mm:ss.SSSZ. */
    static final String CAMUNDAS_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}";

    private final HttpCalls http;
    @Autowired CaseScenarios cases;
    @Autowired MeterStock stock;

    EngineApiObjectMapperTest(@LocalServerPort int port) {
        this.http = new HttpCalls(port);
    }

    @Test
    void everyAnswerIsWrittenByTheSharedMapper() {
        String taskId = taskAwaitingAnExecutor();

        Answer first = http.get("/engine-rest/task/" + taskId, LEYLA);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("created").asText()).matches(CAMUNDAS_DATE);
        int serializers = cachedSerializers();
        assertThat(serializers).as("serializers the shared mapper built for the answer").isPositive();

        Answer second = http.get("/engine-rest/task/" + taskId, LEYLA);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(cachedSerializers()).as("none built again").isEqualTo(serializers);
    }

    @Test
    void aPropertyCamundaDoesNotKnowIsIgnoredAsBefore() {
        String taskId = taskAwaitingAnExecutor();

        Answer found = http.post("/engine-rest/task", LEYLA, Map.of("taskId", taskId, "notAQueryProperty", 1));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json()).hasSize(1);
        assertThat(found.json().get(0).get("id").asText()).isEqualTo(taskId);
    }

    private static int cachedSerializers() {
        return ((DefaultSerializerProvider) EngineApiObjectMapper.shared().getSerializerProvider())
                .cachedSerializersCount();
    }

    private String taskAwaitingAnExecutor() {
        stock.setAvailable("azersu-yasamal", 5);
        String id = cases.submit(DemoCitizens.RASHAD, "10000001");
        cases.confirm(DemoCitizens.RASHAD, id);
        cases.runDueJobs();
        return cases.task(id, WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR).getId();
    }
}
