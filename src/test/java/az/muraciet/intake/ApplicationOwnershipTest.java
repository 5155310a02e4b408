package az.muraciet.intake;

import static az.muraciet.intake.ApplicationsApiTest.elements;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.security.DemoCitizens;

/** A citizen sees and acts on their own applications only; anyone else's is as good as nonexistent. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationOwnershipTest {

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final Login TURAL = new Login(DemoCitizens.TURAL, DemoCitizens.PASSWORD);

    private final HttpCalls http;

    @Autowired
    ApplicationOwnershipTest(@LocalServerPort int port) {
        this.http = new HttpCalls(port);
    }

    @Test
    void someoneElsesUnconfirmedApplicationCannotBeReadConfirmedOrCancelled() {
        String id = submittedByRashad();

        assertNotFound(http.get("/api/v1/applications/" + id, TURAL));
        assertNotFound(http.post("/api/v1/applications/" + id + "/confirm", TURAL, null));
        assertNotFound(http.post("/api/v1/applications/" + id + "/cancel", TURAL, null));

        JsonNode own = http.get("/api/v1/applications/" + id, RASHAD).json();
        assertThat(own.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(own.path("history")).hasSize(1);
    }

    @Test
    void someoneElsesRegisteredApplicationIsNotFoundByNumberNorById() {
        String id = submittedByRashad();
        String number = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null).json().path("number").asText();

        assertNotFound(http.get("/api/v1/applications/" + number, TURAL));
        assertNotFound(http.get("/api/v1/applications/" + id, TURAL));
        assertNotFound(http.post("/api/v1/applications/" + id + "/cancel", TURAL, null));
        assertThat(http.get("/api/v1/applications/" + number, RASHAD).status()).isEqualTo(200);
    }

    @Test
    void someoneElsesApplicationIsNotInTheirList() {
        String id = submittedByRashad();
        Answer turalsOwn = http.post("/api/v1/applications", TURAL, TestApplications.meterInstallation("10000004"));
        assertThat(turalsOwn.status()).isEqualTo(201);

        Answer list = http.get("/api/v1/applications", TURAL);

        assertThat(list.status()).isEqualTo(200);
        assertThat(elements(list.json())).extracting(application -> application.path("id").asText())
                .contains(turalsOwn.json().path("id").asText())
                .doesNotContain(id);
        assertThat(elements(list.json())).extracting(application -> application.path("subscriberCode").asText())
                .contains("10000004").doesNotContain("10000001");
    }

    @Test
    void someoneElsesApplicationAnswersExactlyLikeOneThatDoesNotExist() {
        String id = submittedByRashad();
        String number = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null).json().path("number").asText();

        JsonNode someoneElses = http.get("/api/v1/applications/" + number, TURAL).json();
        JsonNode nonexistent = http.get("/api/v1/applications/AS-1999-999999", TURAL).json();

        assertThat(someoneElses.path("type")).isEqualTo(nonexistent.path("type"));
        assertThat(someoneElses.path("title")).isEqualTo(nonexistent.path("title"));
        assertThat(someoneElses.path("detail").asText().replace(number, "AS-1999-999999"))
                .isEqualTo(nonexistent.path("detail").asText());
    }

    private String submittedByRashad() {
        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterInstallation("10000001"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        return submitted.json().path("id").asText();
    }

    private static void assertNotFound(Answer answer) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(404);
        assertThat(answer.mediaType()).isEqualTo("application/problem+json");
        assertThat(answer.text()).doesNotContain("Rəşad", "Əliyev", "Şərifzadə");
    }
}
