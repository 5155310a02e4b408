package az.muraciet.portal.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;

import az.muraciet.TestSmtp;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.portal.PortalBrowser;

/**
 * The login, first login and profile pages against a real HTTP SMS gateway (WireMock: the codes are read from what
 * it received, as a person reads their phone), a real SMTP server (GreenMail) and an OpenID Connect provider (the
 * same WireMock), with a clock the test moves. The
 * subclasses share one Spring context and one database; each test starts an hour after the last, so that codes,
 * limits and cool-downs of earlier tests are over.
 */
@SpringBootTest(properties = {
        "muraciet.sms-gateway.type=http",
        "muraciet.sms-gateway.username=muraciet",
        "muraciet.sms-gateway.password=secret",
        "muraciet.sms-gateway.read-timeout=PT2S",
        "muraciet.identity.sms-sender=MURACIET",
        "muraciet.identity.public-url=https://portal.example.az",
        "spring.mail.host=127.0.0.1",
        // ASAN Login as the OpenID Connect provider (played by WireMock in OidcLoginTest)
        "spring.security.oauth2.client.registration.asan.client-id=muraciet",
        "spring.security.oauth2.client.registration.asan.client-secret=provider-secret",
        "spring.security.oauth2.client.registration.asan.client-name=ASAN Login",
        "spring.security.oauth2.client.registration.asan.scope=openid,profile",
        "spring.security.oauth2.client.registration.asan.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.asan.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.asan.user-name-attribute=sub",
        // the test's SMTP server logs the addresses it receives for; the application's own log is what is checked
        "logging.level.com.icegreen.greenmail=WARN" })
@AutoConfigureMockMvc
@Import(AccountTest.TestClock.class)
abstract class AccountTest {

    static final WireMockServer smsGateway = Gateway.SERVER;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("muraciet.sms-gateway.url", smsGateway::baseUrl);
        registry.add("spring.mail.port", TestSmtp.SETUP::getPort);
        String provider = "spring.security.oauth2.client.provider.asan.";
        registry.add(provider + "authorization-uri", () -> smsGateway.baseUrl() + "/oidc/authorize");
        registry.add(provider + "token-uri", () -> smsGateway.baseUrl() + "/oidc/token");
        registry.add(provider + "jwk-set-uri", () -> smsGateway.baseUrl() + "/oidc/jwks");
        registry.add(provider + "user-info-uri", () -> smsGateway.baseUrl() + "/oidc/userinfo");
    }

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired CitizenAccounts citizens;
    PortalBrowser browser;

    @BeforeEach
    void freshBrowserAndAnHourLater() {
        smsGateway.resetAll();
        gatewayUp();
        clock.advance(Duration.ofHours(1));
        browser = new PortalBrowser(mvc);
    }

    static void gatewayUp() {
        smsGateway.stubFor(WireMock.post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"" + UUID.randomUUID() + "\"}")));
    }

    static void gatewayDown() {
        smsGateway.stubFor(WireMock.post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(503)));
    }

    /** The SMS the gateway received for this number ({@code +994...}), oldest first. */
    static List<JsonNode> smsTo(String phoneE164) {
        return smsGateway.findAll(postRequestedFor(urlEqualTo("/messages"))).stream().map(request -> {
            try {
                return JSON.readTree(request.getBodyAsString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).filter(sms -> sms.path("to").asText().equals(phoneE164.replace("+", ""))).toList();
    }

    /** The code in the last SMS to this number, as the citizen reads it on their phone. */
    static String lastCodeSentTo(String phoneE164) {
        List<JsonNode> sms = smsTo(phoneE164);
        if (sms.isEmpty()) {
            throw new AssertionError("No SMS to " + phoneE164);
        }
        Matcher code = CODE.matcher(sms.get(sms.size() - 1).path("text").asText());
        if (!code.find()) {
            throw new AssertionError("No code in " + sms.get(sms.size() - 1));
        }
        return code.group(1);
    }

    /** A citizen of the registry nobody else uses, with a login mobile of their own; no contact details yet. */
    Citizen newCitizen() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String letters = "ABCDEFGHJKLMNPRSTUVXYZ0123456789";
        StringBuilder fin = new StringBuilder("T");
        for (int i = 0; i < 6; i++) {
            fin.append(letters.charAt(random.nextInt(letters.length())));
        }
        String mobile = "+99455" + (1_000_000 + random.nextInt(9_000_000));
        return citizens.save(new Citizen(fin.toString(), "Aynur", "Qasımova", "Vüqar qızı", mobile, clock.instant()));
    }

    /** Logs in with FIN and the SMS code; the browser then holds a citizen's session. */
    PortalBrowser.Page logIn(String fin, String loginMobile) throws Exception {
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", fin);
        return browser.submit("form[action=/login/code]", "code", lastCodeSentTo(loginMobile));
    }

    /** The SMS gateway for every test of this context: started once, on a port of its own. */
    private static final class Gateway {
        static final WireMockServer SERVER = new WireMockServer(WireMockConfiguration.options().dynamicPort());

        static {
            SERVER.start();
            Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
