package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cookies and security headers over real HTTP: the Camunda webapps' CSRF cookie (Secure, SameSite=Strict) and
 * session cookie (Secure, HttpOnly, SameSite=Lax), their headers (HSTS, CSP, nosniff, XSS), and the same headers on
 * the portal, the citizen API and the engine REST API. The requests come as the load balancer forwards HTTPS
 * ({@code X-Forwarded-Proto: https}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    static final String HSTS = "max-age=31536000";
    static final String SECURE = "(?i);\\s*Secure(;|$)";
    static final String HTTP_ONLY = "(?i);\\s*HttpOnly(;|$)";
    static final String SAME_SITE_LAX = "(?i);\\s*SameSite=Lax(;|$)";

    private final CamundaWebapp webapp;

    SecurityHeadersTest(@LocalServerPort int port) {
        this.webapp = new CamundaWebapp(port);
    }

    @Test
    void theWebappsCsrfCookieIsSecureAndStrict() {
        HttpResponse<String> page = webapp.send(overHttps(CamundaWebapp.PAGE).GET().build());

        String csrf = CamundaWebapp.setCookie(page, "XSRF-TOKEN");
        assertThat(csrf).as(page.headers().map().toString()).isNotNull().containsPattern(SECURE)
                .containsPattern("(?i);\\s*SameSite=Strict").doesNotContainPattern(HTTP_ONLY);
        assertThat(CamundaWebapp.setCookie(page, "JSESSIONID")).containsPattern(SECURE).containsPattern(HTTP_ONLY)
                .containsPattern(SAME_SITE_LAX);
    }

    @Test
    void theWebappsLoginAnswersWithASecureHttpOnlySameSiteSessionCookie() {
        HttpResponse<String> login = webapp.login("leyla", "demo");

        assertThat(login.statusCode()).isEqualTo(200);
        String session = CamundaWebapp.setCookie(login, "JSESSIONID");
        assertThat(session).as(login.headers().map().toString()).isNotNull()
                .containsPattern(SECURE).containsPattern(HTTP_ONLY).containsPattern(SAME_SITE_LAX);
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).containsPattern(SECURE));
    }

    @Test
    void theWebappsSendTheSecurityHeaders() {
        HttpResponse<String> page = webapp.send(overHttps(CamundaWebapp.PAGE).GET().build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).startsWith(HSTS));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("object-src 'none'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(page.headers().firstValue("X-XSS-Protection")).isPresent();
    }

    @Test
    void thePortalTheCitizenApiAndTheEngineRestApiSendThemToo() {
        assertSecurityHeaders(webapp.send(overHttps("/login").GET().build()), "no-store");
        assertSecurityHeaders(webapp.send(overHttps("/api/v1/services").header("Authorization", basic(DemoCitizens.RASHAD, "demo"))
                .GET().build()), "no-store");
        // Camunda's REST API sets its own "no-cache": every answer revalidated, never served from a cache unasked
        assertSecurityHeaders(webapp.send(overHttps("/engine-rest/task").header("Authorization", basic("leyla", "demo"))
                .GET().build()), "no-cache");
    }

    private static void assertSecurityHeaders(HttpResponse<String> answer, String caching) {
        assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(answer.uri().toString())
                .hasValueSatisfying(v -> assertThat(v).startsWith(HSTS));
        assertThat(answer.headers().allValues("X-Content-Type-Options")).as(answer.uri().toString()).containsExactly("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(answer.uri().toString()).isPresent();
        assertThat(answer.headers().allValues("Cache-Control")).as(answer.uri().toString())
                .anySatisfy(v -> assertThat(v).contains(caching));
    }

    private HttpRequest.Builder overHttps(String path) {
        return HttpRequest.newBuilder(webapp.uri(path)).header("X-Forwarded-Proto", "https");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
