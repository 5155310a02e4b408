package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.browser.Browser;
import az.muraciet.browser.Tasklist;
import az.muraciet.browser.TasklistForm;
import az.muraciet.intake.TestApplications;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.MeteredSubscribers;
import az.muraciet.subscriber.Subscriber;

/**
 * A citizen submits a meter reading far above the meter's average through the API; Leyla of the Yasamal department
 * reviews it in Camunda Tasklist, in a real browser, through review-meter-reading.form: she sees the submitted and the
 * last reading, the average and why it was flagged, and corrects it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MeterReadingTasklistBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final String REVIEW_READING = "Sayğac göstəricisini yoxla";

    private final Tasklist tasklist = new Tasklist(browser);
    private final HttpCalls http;
    private final CaseScenarios cases;
    private final MeteredSubscribers meters;

    @Autowired
    MeterReadingTasklistBrowserIT(@LocalServerPort int port, CaseScenarios cases, MeteredSubscribers meters) {
        this.http = new HttpCalls(port);
        this.cases = cases;
        this.meters = meters;
    }

    @Test
    void theDistrictsEmployeeSeesWhyTheReadingWasFlaggedAndCorrectsIt() {
        Subscriber subscriber = meters.withHistory(DemoCitizens.RASHAD, "Yasamal", "1000", "10", 12);
        Answer submitted = http.post("/api/v1/applications", RASHAD, TestApplications.meterReading(subscriber.code(), 1300));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String number = submitted.json().path("number").asText();
        cases.runDueJobs();

        tasklist.logIn("leyla", "demo");
        TasklistForm review = tasklist.openTask(TasklistFilters.MY_DEPARTMENT, REVIEW_READING, number).claim();
        assertThat(review.value("Field_applicationNumber")).isEqualTo(number);
        assertThat(review.value("Field_reading")).isEqualTo("1300");
        assertThat(review.value("Field_lastReading")).isEqualTo("1000");
        assertThat(review.value("Field_averageMonthlyConsumption")).isEqualTo("10");
        assertThat(review.value("Field_consumptionSinceLastReading")).isEqualTo("300");
        assertThat(review.shows("Field_correctedReading")).as("only when correcting").isFalse();
        assertThat(review.shows("Field_rejectionReason")).as("only when rejecting").isFalse();

        review.choose("Field_reviewDecision", "Göstəricini düzəldərək qəbul et")
                .type("Field_correctedReading", "1030.25")
                .complete();
        cases.runDueJobs();

        JsonNode status = http.get("/api/v1/applications/" + number, RASHAD).json();
        assertThat(status.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(status.path("history").toString()).contains("\"note\":\"1030.25 m³\"");
        assertThat(meters.readingsOf(subscriber)).last().satisfies(reading ->
                assertThat(reading.value()).isEqualByComparingTo("1030.25"));
        browser.assertNoConsoleErrors();
    }
}
