package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Login;

/**
 * Employees' logins are throttled by the engine (application.properties: 3 s after a wrong password, doubling, at most
 * 5 minutes; the 20th wrong password in a row locks the user until an administrator unlocks them). The clock is the
 * engine's, moved by the test. Wrong passwords only for {@code sevda}: other tests log the others in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmployeeLoginThrottlingTest {

    static final String SEVDA = "sevda";
    static final String RIGHT = "demo";
    static final String WRONG = "wrong";

    @Autowired IdentityService identity;
    private final CamundaWebapp webapp;
    private final HttpCalls http;
    private long now;

    EmployeeLoginThrottlingTest(@LocalServerPort int port) {
        this.webapp = new CamundaWebapp(port);
        this.http = new HttpCalls(port);
    }

    @BeforeEach
    void startUnlocked() {
        identity.unlockUser(SEVDA);
        now = System.currentTimeMillis();
        ClockUtil.setCurrentTime(new Date(now));
    }

    @AfterEach
    void leaveSevdaUnlocked() {
        ClockUtil.reset();
        identity.unlockUser(SEVDA);
    }

    @Test
    void afterAWrongPasswordEvenTheRightOneIsRefusedUntilTheDelayHasPassed() {
        assertThat(tasklistLogin(WRONG)).isEqualTo(401);

        assertThat(tasklistLogin(RIGHT)).isEqualTo(401);
        assertThat(http.get("/engine-rest/task", new Login(SEVDA, RIGHT)).status()).as("the REST API too").isEqualTo(401);
        later(2);
        assertThat(tasklistLogin(RIGHT)).isEqualTo(401);
        later(2);
        assertThat(tasklistLogin(RIGHT)).isEqualTo(200);
    }

    @Test
    void theDelayDoublesWithEachWrongPasswordAndTheRightOneResetsIt() {
        assertThat(tasklistLogin(WRONG)).isEqualTo(401);
        later(4);
        assertThat(tasklistLogin(WRONG)).isEqualTo(401);
        later(5);
        assertThat(tasklistLogin(RIGHT)).as("6 s after the second").isEqualTo(401);
        later(2);
        assertThat(tasklistLogin(RIGHT)).isEqualTo(200);

        assertThat(tasklistLogin(WRONG)).isEqualTo(401);
        later(4);
        assertThat(tasklistLogin(RIGHT)).as("counted afresh: 3 s again").isEqualTo(200);
    }

    @Test
    void theTwentiethWrongPasswordLocksTheUserUntilAnAdministratorUnlocksThem() {
        for (int attempt = 1; attempt <= 19; attempt++) {
            assertThat(tasklistLogin(WRONG)).isEqualTo(401);
            later(301);
        }
        assertThat(tasklistLogin(RIGHT)).as("19 wrong passwords: only delayed").isEqualTo(200);
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(tasklistLogin(WRONG)).isEqualTo(401);
            later(301);
        }

        later(24 * 3600);
        assertThat(tasklistLogin(RIGHT)).as("locked a day later").isEqualTo(401);
        assertThat(http.post("/engine-rest/user/" + SEVDA + "/unlock", new Login("demo", "demo"), null).status()).isEqualTo(204);
        assertThat(tasklistLogin(RIGHT)).isEqualTo(200);
    }

    private int tasklistLogin(String password) {
        return webapp.login(SEVDA, password).statusCode();
    }

    private void later(long seconds) {
        now += seconds * 1000;
        ClockUtil.setCurrentTime(new Date(now));
    }
}
