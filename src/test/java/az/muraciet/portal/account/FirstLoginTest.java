package az.muraciet.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import az.muraciet.identity.Citizen;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;
import jakarta.mail.internet.MimeMessage;

/** İlk giriş: mobile (verified by SMS code) and e-mail (verified by the link in the e-mail) before anything else. */
class FirstLoginTest extends AccountTest {

    @Test
    void aCitizenWithoutContactDetailsIsSentToFirstLoginFromEveryPortalPage() throws Exception {
        Citizen aynur = newCitizen();

        PortalBrowser.Page welcome = logIn(aynur.fin(), aynur.loginMobile());

        assertThat(welcome.path()).isEqualTo("/welcome");
        assertThat(welcome.text("h1")).isEqualTo("Xoş gəlmisiniz");
        assertThat(welcome.doc().selectFirst("#mobile").val()).isEqualTo(AzerbaijaniPhoneNumbers.toLocal(aynur.loginMobile()));
        assertThat(welcome.doc().selectFirst("#email").val()).isEmpty();
        for (String page : new String[] { "/", "/profile", "/profile/mobile", "/profile/codes/new", "/services" }) {
            assertThat(browser.open(page).path()).as(page).isEqualTo("/welcome");
        }
        assertThat(browser.open("/portal/portal.css").status()).isEqualTo(200);

        browser.open("/welcome");
        PortalBrowser.Page english = browser.submit("form.preferences", "language", "en");
        assertThat(english.path()).isEqualTo("/welcome");
        assertThat(english.text("h1")).isEqualTo("Welcome");
    }

    @Test
    void theMobileIsVerifiedByCodeAndTheEmailByTheLinkInTheRealEmail() throws Exception {
        Citizen aynur = newCitizen();
        browser.open("/profile");
        logIn(aynur.fin(), aynur.loginMobile());
        String mobile = "+99470" + aynur.loginMobile().substring(6);

        PortalBrowser.Page codePage = browser.submit("form[action=/welcome]", "mobile",
                AzerbaijaniPhoneNumbers.toLocal(mobile), "email", " aynur.qasimova@example.az ");

        assertThat(codePage.path()).isEqualTo("/welcome/mobile");
        assertThat(codePage.text("#code-intro")).contains(AzerbaijaniPhoneNumbers.toLocal(mobile));
        assertThat(codePage.text(".notice--success")).contains("a***@example.az");
        assertThat(smsTo(mobile)).singleElement().satisfies(sms ->
                assertThat(sms.path("text").asText()).startsWith("Müraciət təsdiq kodu: "));
        assertThat(citizens.findById(aynur.fin()).orElseThrow().contactMobileVerified()).isFalse();

        PortalBrowser.Page wrong = browser.submit("form[action=/welcome/mobile]", "code", "000000".equals(
                lastCodeSentTo(mobile)) ? "111111" : "000000");
        assertThat(wrong.text("#code-error")).contains("Kod yanlışdır");
        PortalBrowser.Page back = browser.submit("form[action=/welcome/mobile]", "code", lastCodeSentTo(mobile));

        assertThat(back.path()).as("back to the page asked for before login").isEqualTo("/profile");
        assertThat(back.text(".notice--success")).contains("Mobil nömrəniz təsdiqləndi");
        assertThat(back.text("#mobile")).contains(AzerbaijaniPhoneNumbers.toLocal(mobile)).contains("Təsdiqlənib");
        assertThat(back.text("#email")).contains("aynur.qasimova@example.az").contains("Təsdiq gözləyir");
        Citizen saved = citizens.findById(aynur.fin()).orElseThrow();
        assertThat(saved.hasContactDetails()).isTrue();
        assertThat(saved.contactMobile()).isEqualTo(mobile);
        assertThat(saved.loginMobile()).isEqualTo(aynur.loginMobile());
        assertThat(saved.emailVerified()).isFalse();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("aynur.qasimova@example.az");
        assertThat(mail.getSubject()).isEqualTo("Elektron poçt ünvanınızı təsdiqləyin");
        assertThat(Mails.text(mail)).startsWith("Hörmətli Aynur Qasımova,").contains("24 saat");
        assertThat(Mails.html(mail)).contains("href=\"https://portal.example.az/welcome/email/");
        String link = Mails.linkPath(mail);

        browser.forget();
        PortalBrowser.Page opened = browser.open(link);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(citizens.findById(aynur.fin()).orElseThrow().emailVerified())
                .as("opening the link alone (a mail scanner) changes nothing").isFalse();
        PortalBrowser.Page confirmed = browser.submit("main form");
        assertThat(confirmed.text(".notice--success")).isEqualTo("Elektron poçt ünvanınız təsdiqləndi.");
        assertThat(citizens.findById(aynur.fin()).orElseThrow().emailVerified()).isTrue();

        browser.open(link);
        assertThat(browser.submit("main form").text(".notice--error")).as("a link works once")
                .contains("Bu link etibarlı deyil");
    }

    @Test
    void badInputStaysOnThePageWithTheErrorBesideEachFieldAndNothingIsSentOrStored() throws Exception {
        Citizen aynur = newCitizen();
        logIn(aynur.fin(), aynur.loginMobile());
        int sms = smsGateway.getAllServeEvents().size();

        PortalBrowser.Page both = browser.submit("form[action=/welcome]", "mobile", "012 345", "email", "aynur@");

        assertThat(both.path()).isEqualTo("/welcome");
        assertThat(both.text("#mobile-error")).contains("Azərbaycan mobil nömrəsini daxil edin");
        assertThat(both.text("#email-error")).contains("Düzgün elektron poçt ünvanı daxil edin");
        assertThat(both.doc().selectFirst("#mobile").val()).isEqualTo("012 345");
        assertThat(both.doc().selectFirst("#email").val()).isEqualTo("aynur@");
        PortalBrowser.Page oneBad = browser.submit("form[action=/welcome]", "mobile", "050 111 22 33",
                "email", "<b>aynur</b>@example.az");
        assertThat(oneBad.has("#mobile-error")).isFalse();
        assertThat(oneBad.text("#email-error")).isNotNull();
        assertThat(oneBad.doc().selectFirst("#email").val()).isEqualTo("<b>aynur</b>@example.az");
        assertThat(oneBad.doc().select("main b")).isEmpty();

        assertThat(smsGateway.getAllServeEvents()).hasSize(sms);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        Citizen unchanged = citizens.findById(aynur.fin()).orElseThrow();
        assertThat(unchanged.email()).isNull();
        assertThat(unchanged.contactMobile()).isNull();
    }

    @Test
    void whenTheGatewayFailsThePageSaysSoKeepsTheValuesAndSendsNoEmail() throws Exception {
        Citizen aynur = newCitizen();
        logIn(aynur.fin(), aynur.loginMobile());
        gatewayDown();

        PortalBrowser.Page failed = browser.submit("form[action=/welcome]", "mobile", "050 111 22 33",
                "email", "aynur@example.az");

        assertThat(failed.path()).isEqualTo("/welcome");
        assertThat(failed.text(".notice--error")).contains("Kodu göndərmək mümkün olmadı");
        assertThat(failed.doc().selectFirst("#mobile").val()).isEqualTo("050 111 22 33");
        assertThat(failed.doc().selectFirst("#email").val()).isEqualTo("aynur@example.az");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        gatewayUp();
        assertThat(browser.submit("form[action=/welcome]").path()).isEqualTo("/welcome/mobile");
    }

    @Test
    void theEmailLinkWorksForADay() throws Exception {
        Citizen aynur = newCitizen();
        logIn(aynur.fin(), aynur.loginMobile());
        browser.submit("form[action=/welcome]", "mobile", "050 111 22 33", "email", "aynur@example.az");
        String link = Mails.linkPath(smtp.getReceivedMessages()[0]);

        clock.advance(Duration.ofHours(24));

        browser.open(link);
        assertThat(browser.submit("main form").text(".notice--error")).contains("Bu link etibarlı deyil");
        assertThat(citizens.findById(aynur.fin()).orElseThrow().emailVerified()).isFalse();
        assertThat(browser.open("/welcome/email/not-a-token").status()).isEqualTo(200);
        assertThat(browser.submit("main form").text(".notice--error")).contains("Bu link etibarlı deyil");
    }
}
