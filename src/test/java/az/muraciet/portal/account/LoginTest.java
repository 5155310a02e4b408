package az.muraciet.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.fasterxml.jackson.databind.JsonNode;

import az.muraciet.identity.CitizenLogin;
import az.muraciet.identity.CodeCheck;
import az.muraciet.identity.CodeRequest;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.security.DemoCitizens;

/** Daxil ol: FIN, then the code sent by SMS to the registered mobile; every rule of the codes, through the pages. */
class LoginTest extends AccountTest {

    static final String RASHAD_MOBILE = "+994501234567";

    @Autowired CitizenLogin login;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCodeGoesBySmsToTheRegisteredMobileAndLogsTheCitizenInWhereTheyWereGoing() throws Exception {
        PortalBrowser.Page asked = browser.open("/profile");
        assertThat(asked.path()).isEqualTo("/login");
        assertThat(asked.doc().selectFirst("h1").text()).isEqualTo("Portala giriş");

        PortalBrowser.Page codePage = browser.submit("form[action=/login]", "fin", " 1ab2c3d ");

        assertThat(codePage.path()).isEqualTo("/login/code");
        assertThat(codePage.text("#code-intro")).contains("1AB2C3D");
        JsonNode sms = smsTo(RASHAD_MOBILE).get(0);
        assertThat(sms.path("from").asText()).isEqualTo("MURACIET");
        assertThat(sms.path("text").asText()).matches("Müraciət giriş kodu: [0-9]{6}\\. 5 dəqiqə etibarlıdır\\. Heç kimə deməyin\\.");
        String sessionBefore = browser.session().getId();

        PortalBrowser.Page profile = browser.submit("form[action=/login/code]", "code", lastCodeSentTo(RASHAD_MOBILE));

        assertThat(profile.path()).isEqualTo("/profile");
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.text("h1")).isEqualTo("Şəxsi profil");
        assertThat(browser.session().getId()).as("a new session id at login").isNotEqualTo(sessionBefore);
        SecurityContext context = (SecurityContext) browser.session()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getName()).isEqualTo(DemoCitizens.RASHAD);
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CITIZEN");
        assertThat(browser.session().getAttribute(LoginForm.PENDING)).isNull();
    }

    @Test
    void anUnknownFinGetsTheSamePagesAndNoSmsAndNoCodeEverWorks() throws Exception {
        browser.open("/login");
        PortalBrowser.Page known = browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        PortalBrowser.Page knownWrong = browser.submit("form[action=/login/code]", "code", "000000");
        int smsBefore = smsGateway.getAllServeEvents().size();

        browser.forget();
        browser.open("/login");
        PortalBrowser.Page unknown = browser.submit("form[action=/login]", "fin", "0ZZ0ZZ0");

        assertThat(unknown.path()).isEqualTo(known.path());
        assertThat(withoutTokens(unknown, "0ZZ0ZZ0")).isEqualTo(withoutTokens(known, DemoCitizens.RASHAD));
        assertThat(smsGateway.getAllServeEvents()).hasSize(smsBefore);
        PortalBrowser.Page unknownWrong = browser.submit("form[action=/login/code]", "code", "000000");
        assertThat(withoutTokens(unknownWrong, "0ZZ0ZZ0")).isEqualTo(withoutTokens(knownWrong, DemoCitizens.RASHAD));
        for (int i = 0; i < 4; i++) {
            assertThat(browser.submit("form[action=/login/code]", "code", "%06d".formatted(i)).path())
                    .isEqualTo("/login/code");
        }
        assertThat(browser.page().text("#code-error")).contains("Çox sayda yanlış cəhd");
    }

    @Test
    void aWrongCodeIsRefusedBesideTheFieldWithTheTriesLeft() throws Exception {
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        String right = lastCodeSentTo(RASHAD_MOBILE);

        PortalBrowser.Page wrong = browser.submit("form[action=/login/code]", "code", wrongCode(right));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text("#code-error")).isEqualTo("Səhv: Kod yanlışdır. Qalan cəhd sayı: 4.");
        assertThat(wrong.doc().selectFirst("#code").attr("aria-describedby")).contains("code-error");
        assertThat(browser.submit("form[action=/login/code]", "code", "12a45").text("#code-error"))
                .isEqualTo("Səhv: Kod 6 rəqəmdən ibarətdir.");
        assertThat(browser.submit("form[action=/login/code]", "code", wrongCode(right)).text("#code-error"))
                .contains("Qalan cəhd sayı: 3.");

        assertThat(browser.submit("form[action=/login/code]", "code", right).path()).isEqualTo("/applications");
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        String code = lastCodeSentTo(RASHAD_MOBILE);

        clock.advance(Duration.ofMinutes(5));

        PortalBrowser.Page late = browser.submit("form[action=/login/code]", "code", code);
        assertThat(late.path()).isEqualTo("/login/code");
        assertThat(late.text("#code-error")).contains("Kodun vaxtı bitib");

        PortalBrowser.Page again = browser.submit("form[action=/login/code/resend]");
        assertThat(again.text(".notice--success")).contains("Yeni kod göndərildi");
        assertThat(browser.submit("form[action=/login/code]", "code", code).text("#code-error"))
                .as("the old code was replaced").contains("Kod yanlışdır");
        assertThat(browser.submit("form[action=/login/code]", "code", lastCodeSentTo(RASHAD_MOBILE)).path())
                .isEqualTo("/applications");
    }

    @Test
    void aCodeWorksOnce() throws Exception {
        CodeRequest request = login.requestCode(DemoCitizens.RASHAD);
        String code = lastCodeSentTo(RASHAD_MOBILE);

        assertThat(login.checkCode(request.challengeId(), code).result()).isEqualTo(CodeCheck.Result.ACCEPTED);
        assertThat(login.checkCode(request.challengeId(), code).result()).isEqualTo(CodeCheck.Result.INVALID);

        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        String pageCode = lastCodeSentTo(RASHAD_MOBILE);
        browser.submit("form[action=/login/code]", "code", pageCode);
        browser.forget();
        assertThat(browser.open("/login/code").path()).as("the code belongs to the browser it was asked in")
                .isEqualTo("/login");
    }

    @Test
    void theSixthTryIsRefusedEvenWithTheRightCodeAndTheFinCoolsDownForAQuarterOfAnHour() throws Exception {
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        String right = lastCodeSentTo(RASHAD_MOBILE);
        for (int i = 0; i < 5; i++) {
            browser.submit("form[action=/login/code]", "code", wrongCode(right));
        }
        assertThat(browser.page().text("#code-error")).isEqualTo(
                "Səhv: Çox sayda yanlış cəhd edildi. 15 dəqiqə sonra yenidən cəhd edin.");

        PortalBrowser.Page sixth = browser.submit("form[action=/login/code]", "code", right);
        assertThat(sixth.path()).isEqualTo("/login/code");
        assertThat(sixth.text("#code-error")).contains("Çox sayda yanlış cəhd");
        int sent = smsTo(RASHAD_MOBILE).size();
        browser.forget();
        browser.open("/login");
        PortalBrowser.Page coolingDown = browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        assertThat(coolingDown.path()).isEqualTo("/login");
        assertThat(coolingDown.text(".notice--error")).contains("15 dəqiqə sonra");
        assertThat(smsTo(RASHAD_MOBILE)).as("no code during the cool-down").hasSize(sent);

        clock.advance(Duration.ofMinutes(15));

        assertThat(logIn(DemoCitizens.RASHAD, RASHAD_MOBILE).path()).isEqualTo("/applications");
    }

    @Test
    void atMostThreeCodesAQuarterOfAnHour() throws Exception {
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        browser.submit("form[action=/login/code/resend]");
        browser.submit("form[action=/login/code/resend]");
        assertThat(smsTo(RASHAD_MOBILE)).hasSize(3);

        PortalBrowser.Page fourth = browser.submit("form[action=/login/code/resend]");

        assertThat(fourth.text(".notice--error")).contains("çox sayda kod istənildi");
        assertThat(smsTo(RASHAD_MOBILE)).hasSize(3);
        String third = lastCodeSentTo(RASHAD_MOBILE);
        clock.advance(Duration.ofMinutes(4));
        assertThat(browser.submit("form[action=/login/code]", "code", third).path())
                .as("the last code sent still works").isEqualTo("/applications");
    }

    @Test
    void whenTheGatewayFailsThePageSaysSoAndKeepsTheFin() throws Exception {
        gatewayDown();
        browser.open("/login");

        PortalBrowser.Page failed = browser.submit("form[action=/login]", "fin", "1ab2c3d");

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.path()).isEqualTo("/login");
        assertThat(failed.text(".notice--error")).isEqualTo("Kodu göndərmək mümkün olmadı. Bir az sonra yenidən cəhd edin.");
        assertThat(failed.doc().selectFirst("#fin").val()).isEqualTo("1AB2C3D");
        PortalBrowser.Page unknownMeanwhile = browser.submit("form[action=/login]", "fin", "0YY0YY0");
        assertThat(unknownMeanwhile.text(".notice--error")).as("an unknown FIN looks the same while the gateway is down")
                .isEqualTo(failed.text(".notice--error"));

        gatewayUp();
        assertThat(logIn(DemoCitizens.RASHAD, RASHAD_MOBILE).path()).isEqualTo("/applications");
    }

    @Test
    void aFinIsSevenLatinLettersOrDigitsAndBadInputIsShownBackEscaped() throws Exception {
        browser.open("/login");
        for (String bad : new String[] { "", "1AB2C3", "1AB2C3D4", "1AB-C3D", "<script>x</script>", "1ƏB2C3D" }) {
            PortalBrowser.Page page = browser.submit("form[action=/login]", "fin", bad);
            assertThat(page.path()).isEqualTo("/login");
            assertThat(page.text("#fin-error")).as(bad).isEqualTo(
                    "Səhv: FİN 7 simvoldan ibarətdir: yalnız latın hərfləri və rəqəmlər, məsələn 1AB2C3D.");
            assertThat(page.doc().selectFirst("#fin").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.doc().select("main script")).isEmpty();
        }
        assertThat(smsGateway.getAllServeEvents()).isEmpty();
    }

    @Test
    void wrongCodesEnteredAtOnceAreAllCountedAndTheFifthLocksTheCode() throws Exception {
        CodeRequest request = login.requestCode("0CC0CC0");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<CodeCheck.Result>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "%06d".formatted(i);
                tries.add(pool.submit(() -> {
                    start.await();
                    return login.checkCode(request.challengeId(), guess).result();
                }));
            }
            start.countDown();
            java.util.List<CodeCheck.Result> results = new java.util.ArrayList<>();
            for (var attempt : tries) {
                results.add(attempt.get());
            }
            assertThat(results).filteredOn(r -> r == CodeCheck.Result.WRONG).hasSize(4);
            assertThat(results).filteredOn(r -> r == CodeCheck.Result.LOCKED).hasSize(8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select failed_attempts from one_time_code where id = ?", Integer.class,
                request.challengeId())).isEqualTo(5);
    }

    @Test
    void codesAreStoredOnlyAsHmacs() throws Exception {
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        String code = lastCodeSentTo(RASHAD_MOBILE);

        var stored = jdbc.queryForList("select code_hash from one_time_code where fin = ? and used_at is null "
                + "and replaced_at is null", String.class, DemoCitizens.RASHAD);
        assertThat(stored).singleElement().satisfies(hash -> {
            assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(code);
        });
        assertThat(jdbc.queryForList("select * from one_time_code").toString()).doesNotContain(code);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        logIn(DemoCitizens.RASHAD, RASHAD_MOBILE);
        browser.open("/profile");
        var session = browser.session();

        PortalBrowser.Page loggedOut = browser.submit("form[action=/logout]");

        assertThat(session.isInvalid()).isTrue();
        assertThat(loggedOut.path()).isEqualTo("/login?loggedOut");
        assertThat(loggedOut.text(".notice--success")).isEqualTo("Sistemdən çıxdınız.");
        assertThat(browser.open("/profile").path()).isEqualTo("/login");
    }

    @Test
    void everyPostNeedsTheFormsCsrfToken() throws Exception {
        browser.open("/login");
        assertThat(browser.post("/login", Map.of("fin", DemoCitizens.RASHAD)).status()).isEqualTo(403);
        assertThat(smsGateway.getAllServeEvents()).isEmpty();
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", DemoCitizens.RASHAD);
        String code = lastCodeSentTo(RASHAD_MOBILE);
        assertThat(browser.post("/login/code", Map.of("code", code)).status()).isEqualTo(403);
        assertThat(browser.post("/login/code", Map.of("code", code, "_csrf", "forged")).status()).isEqualTo(403);
        assertThat(browser.post("/login/code/resend", Map.of()).status()).isEqualTo(403);
        browser.open("/login/code");
        assertThat(browser.submit("form[action=/login/code]", "code", code).path()).isEqualTo("/applications");

        for (String path : new String[] { "/logout", "/welcome", "/welcome/mobile", "/welcome/mobile/resend",
                "/profile/mobile", "/profile/mobile/code", "/profile/mobile/resend", "/profile/email",
                "/profile/email/resend", "/profile/codes/new", "/profile/codes", "/welcome/email/x" }) {
            assertThat(browser.post(path, Map.of("code", "10000001")).status()).as(path).isEqualTo(403);
        }
        assertThat(browser.open("/profile").path()).as("still logged in").isEqualTo("/profile");
    }

    private static String withoutTokens(PortalBrowser.Page page, String fin) {
        return page.doc().select("main").outerHtml().replace(fin, "FIN")
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "name=\"_csrf\"");
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }
}
