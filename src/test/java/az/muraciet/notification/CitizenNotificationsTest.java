package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/** "Bildirişlər": the citizen lists the messages sent to them, with recipients masked, and nobody else's. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "muraciet.notifications.poll-interval=PT0.2S")
class CitizenNotificationsTest {

    static final Login GUNEL = new Login(DemoCitizens.GUNEL, DemoCitizens.PASSWORD);
    static final Login TURAL = new Login(DemoCitizens.TURAL, DemoCitizens.PASSWORD);

    private final HttpCalls http;
    private final CaseScenarios cases;
    private final Notifications notifications;

    @Autowired
    CitizenNotificationsTest(@LocalServerPort int port, CaseScenarios cases, Notifications notifications) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.notifications = notifications;
    }

    @Test
    void theCitizenSeesEveryMessageSentToThemWithTheRecipientMasked() {
        String id = cases.submit(DemoCitizens.GUNEL, "10000003");
        String number = cases.confirm(DemoCitizens.GUNEL, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.findByApplicationIdOrderById(id).stream()
                .allMatch(n -> n.state() == Notification.State.SENT));

        Answer mine = http.get("/api/v1/notifications", GUNEL);

        assertThat(mine.status()).isEqualTo(200);
        JsonNode ofThisCase = filter(mine.json(), id);
        assertThat(ofThisCase).hasSize(2);
        assertThat(ofThisCase.findValuesAsText("channel")).containsExactlyInAnyOrder("SMS", "EMAIL");
        assertThat(ofThisCase.findValuesAsText("status")).containsOnly("REGISTERED");
        assertThat(ofThisCase.findValuesAsText("applicationNumber")).containsOnly(number);
        assertThat(ofThisCase.findValuesAsText("state")).containsOnly("SENT");
        assertThat(ofThisCase.findValuesAsText("recipient")).containsExactlyInAnyOrder("+99450***4567", "r***@example.az");
        assertThat(mine.text()).doesNotContain("+994501234567", "resad.aliyev@example.az");
    }

    @Test
    void anotherCitizenSeesNoneOfThem() {
        String id = cases.submit(DemoCitizens.GUNEL, "10000003");
        cases.confirm(DemoCitizens.GUNEL, id);

        Answer theirs = http.get("/api/v1/notifications", TURAL);

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.text()).doesNotContain(id);
    }

    @Test
    void operatorsOnlyMayReadTheDeliveryLog() {
        assertThat(http.get("/ops/notifications", GUNEL).status()).isIn(401, 403);
        assertThat(http.get("/ops/notifications", new Login("leyla", "demo")).status()).isEqualTo(403);
        assertThat(http.get("/ops/notifications", new Login("demo", "demo")).status()).isEqualTo(200);
        assertThat(http.get("/ops/notifications", null).status()).isEqualTo(401);
    }

    private static JsonNode filter(JsonNode list, String applicationId) {
        var result = new com.fasterxml.jackson.databind.node.ArrayNode(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance);
        list.forEach(n -> {
            if (applicationId.equals(n.path("applicationId").asText())) {
                result.add(n);
            }
        });
        return result;
    }
}
