package az.muraciet.portal.account;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import az.muraciet.identity.Citizen;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.security.DemoCitizens;

/**
 * ASAN Login as an OpenID Connect provider, played by WireMock: the portal redirects to its authorization endpoint,
 * the test answers as the provider would (a code back to the callback; an RS256-signed id token with the nonce the
 * portal sent; the signing key at the JWK set; the user info), and the citizen is logged in by FIN. The client
 * registration is in {@link AccountTest}'s configuration, as a utility would configure it.
 */
class OidcLoginTest extends AccountTest {

    static final RSAKey SIGNING_KEY = newKey();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void providerPublishesItsKey() {
        smsGateway.stubFor(get(urlEqualTo("/oidc/jwks")).willReturn(okJson(new JWKSet(SIGNING_KEY.toPublicJWK()).toString())));
    }

    @Test
    void aCitizenNewToUsIsRegisteredFromTheClaimsLoggedInByFinAndSentToFirstLogin() throws Exception {
        PortalBrowser.Page login = browser.open("/profile");
        assertThat(login.doc().selectFirst("a[href=/oauth2/authorization/asan]").text()).isEqualTo("ASAN Login ilə daxil ol");
        Map<String, String> authorization = authorizationRequest();
        assertThat(authorization).containsEntry("client_id", "muraciet").containsEntry("response_type", "code")
                .containsEntry("redirect_uri", "http://localhost/login/oauth2/code/asan");
        assertThat(authorization.get("scope")).contains("openid");
        String sessionBefore = browser.session().getId();
        providerAnswers(authorization.get("nonce"), "asan-4711", Map.of("fin", "7xk2m9p", "given_name", "Leyla",
                "family_name", "Məmmədli", "middle_name", "Rauf qızı", "phone_number", "+994 50 765 43 21"));

        PortalBrowser.Page landed = browser.open("/login/oauth2/code/asan?code=one-time-code&state="
                + authorization.get("state"));

        assertThat(landed.path()).isEqualTo("/welcome");
        assertThat(landed.text("main")).contains("Leyla Məmmədli");
        SecurityContext context = (SecurityContext) browser.session()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getName()).isEqualTo("7XK2M9P");
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
        assertThat(browser.session().getId()).as("a new session id at login").isNotEqualTo(sessionBefore);
        Citizen registered = citizens.findById("7XK2M9P").orElseThrow();
        assertThat(registered.firstName()).isEqualTo("Leyla");
        assertThat(registered.lastName()).isEqualTo("Məmmədli");
        assertThat(registered.patronymic()).isEqualTo("Rauf qızı");
        assertThat(registered.loginMobile()).isEqualTo("+994507654321");
        assertThat(registered.hasContactDetails()).isFalse();
        smsGateway.verify(postRequestedFor(urlEqualTo("/oidc/token"))
                .withRequestBody(containing("code=one-time-code"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withHeader("Authorization", containing("Basic ")));

        browser.submit("form[action=/welcome]", "mobile", "050 765 43 21", "email", "leyla@example.az");
        browser.submit("form[action=/welcome/mobile]", "code", lastCodeSentTo("+994507654321"));
        assertThat(browser.open("/profile").text("#person")).contains("Məmmədli", "Leyla", "Rauf qızı", "7XK2M9P");
    }

    @Test
    void aKnownCitizenGoesStraightToThePageAskedFor() throws Exception {
        long before = citizens.count();
        browser.open("/profile");
        Map<String, String> authorization = authorizationRequest();
        providerAnswers(authorization.get("nonce"), "asan-9000", Map.of("fin", DemoCitizens.TURAL,
                "given_name", "Tural", "family_name", "Hüseynov"));

        PortalBrowser.Page landed = browser.open("/login/oauth2/code/asan?code=c&state=" + authorization.get("state"));

        assertThat(landed.path()).startsWith("/profile");
        assertThat(landed.text("#person")).contains("Hüseynov", DemoCitizens.TURAL);
        assertThat(citizens.count()).isEqualTo(before);
    }

    @Test
    void anIdTokenForAnotherLoginAttemptIsRefused() throws Exception {
        browser.open("/login");
        Map<String, String> authorization = authorizationRequest();
        providerAnswers("someone-elses-nonce", "asan-1", Map.of("fin", "7QQ1QQ1", "given_name", "X", "family_name", "Y"));

        PortalBrowser.Page refused = browser.open("/login/oauth2/code/asan?code=c&state=" + authorization.get("state"));

        assertThat(refused.path()).isEqualTo("/login?error");
        assertThat(refused.text(".notice--error")).contains("Giriş alınmadı");
        assertThat(citizens.existsById("7QQ1QQ1")).isFalse();
        assertThat(browser.open("/profile").path()).isEqualTo("/login");
    }

    @Test
    void withoutAFinThereIsNoLogin() throws Exception {
        browser.open("/login");
        Map<String, String> authorization = authorizationRequest();
        providerAnswers(authorization.get("nonce"), "asan-2", Map.of("given_name", "X", "family_name", "Y"));

        PortalBrowser.Page refused = browser.open("/login/oauth2/code/asan?code=c&state=" + authorization.get("state"));

        assertThat(refused.path()).isEqualTo("/login?error");
        assertThat(browser.open("/profile").path()).isEqualTo("/login");
    }

    /** Follows "ASAN Login ilə daxil ol" to the provider and returns the parameters the portal sent it. */
    private Map<String, String> authorizationRequest() throws Exception {
        PortalBrowser.Page provider = browser.open("/oauth2/authorization/asan");
        URI location = URI.create(provider.path());
        assertThat(location.getPath()).isEqualTo("/oidc/authorize");
        return UriComponentsBuilder.fromUri(location).build(true).getQueryParams().toSingleValueMap().entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> java.net.URLDecoder.decode(Objects.toString(e.getValue(), ""), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The provider's token endpoint gives a signed id token with these claims; its user info repeats them. */
    private void providerAnswers(String nonce, String subject, Map<String, Object> claims) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(smsGateway.baseUrl() + "/oidc").subject(subject)
                .audience("muraciet").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce);
        claims.forEach(token::claim);
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SIGNING_KEY.getKeyID())
                .type(JOSEObjectType.JWT).build(), token.build());
        idToken.sign(new RSASSASigner(SIGNING_KEY));
        smsGateway.stubFor(post(urlEqualTo("/oidc/token")).willReturn(okJson(JSON.writeValueAsString(Map.of(
                "access_token", "access-" + subject, "token_type", "Bearer", "expires_in", 300,
                "scope", "openid profile", "id_token", idToken.serialize())))));
        Map<String, Object> userInfo = new java.util.HashMap<>(claims);
        userInfo.put("sub", subject);
        smsGateway.stubFor(get(urlEqualTo("/oidc/userinfo")).willReturn(okJson(JSON.writeValueAsString(userInfo))));
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("asan-test-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
