package az.muraciet.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import az.muraciet.identity.Citizen;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.Subscriber;

/** Şəxsi profil: the registry's names, the contacts with "Redaktə", and the subscriber codes with "add a code". */
class ProfileTest extends AccountTest {

    static final String RASHAD_MOBILE = "+994501234567";
    static final String TURAL_MOBILE = "+994703456789";

    @Autowired LinkedSubscribers linked;

    @Test
    void theProfileShowsTheRegistrysNamesTheVerifiedContactsAndTheLinkedCodes() throws Exception {
        logIn(DemoCitizens.RASHAD, RASHAD_MOBILE);

        PortalBrowser.Page profile = browser.open("/profile");

        assertThat(profile.doc().select("#person dd").eachText()).containsExactly("Əliyev", "Rəşad", "Kamal oğlu",
                DemoCitizens.RASHAD);
        assertThat(profile.doc().select("main input:not([type=hidden])")).as("names are read-only").isEmpty();
        assertThat(profile.text("#mobile")).startsWith("050 123 45 67 Təsdiqlənib");
        assertThat(profile.text("#email")).startsWith("resad.aliyev@example.az Təsdiqlənib");
        assertThat(profile.doc().select("#mobile a[href=/profile/mobile], #email a[href=/profile/email]")).hasSize(2);
        assertThat(profile.doc().select("#subscriber-codes tbody tr").eachText())
                .contains("10000002 Azərsu ASC Bakı, Nəsimi r., Füzuli küç. 48, m. 17");
        assertThat(profile.doc().select("#subscriber-codes").text()).doesNotContain("10000003");
    }

    @Test
    void aCodeOfTheCitizensIsLinkedAfterTheRegistrysRecordIsConfirmed() throws Exception {
        logIn(DemoCitizens.RASHAD, RASHAD_MOBILE);
        browser.open("/profile");
        browser.open("/profile/codes/new");

        PortalBrowser.Page record = browser.submit("form[action=/profile/codes/new]", "code", " 10000001 ");

        assertThat(record.text("h1")).isEqualTo("Abonent kodunu təsdiqləyin");
        assertThat(record.doc().select("#subscriber dd").eachText()).containsExactly("10000001", "Azərsu ASC",
                "Rəşad Əliyev", "Bakı, Yasamal r., Şərifzadə küç. 12, m. 5");
        assertThat(linked.of(DemoCitizens.RASHAD)).extracting(Subscriber::code).doesNotContain("10000001");

        PortalBrowser.Page profile = browser.submit("form[action=/profile/codes]");

        assertThat(profile.path()).isEqualTo("/profile");
        assertThat(profile.text(".notice--success")).isEqualTo("Abonent kodu 10000001 profilinizə əlavə edildi.");
        assertThat(profile.doc().select("#subscriber-codes tbody td:first-child").eachText())
                .contains("10000001", "10000002");

        browser.open("/profile/codes/new");
        assertThat(browser.submit("form[action=/profile/codes/new]", "code", "10000001").text("#code-error"))
                .contains("artıq profilinizdədir");
    }

    @Test
    void someoneElsesCodeAndAnUnknownCodeGetTheSameAnswerAndNothingIsLinked() throws Exception {
        logIn(DemoCitizens.RASHAD, RASHAD_MOBILE);
        browser.open("/profile/codes/new");

        PortalBrowser.Page gunels = browser.submit("form[action=/profile/codes/new]", "code", "10000003");
        PortalBrowser.Page unknown = browser.submit("form[action=/profile/codes/new]", "code", "99999999");

        assertThat(gunels.path()).isEqualTo("/profile/codes/new");
        assertThat(gunels.text("#code-error")).isEqualTo("Səhv: Bu abonent kodu sizin adınıza qeydiyyatda deyil.");
        assertThat(unknown.text("#code-error")).isEqualTo(gunels.text("#code-error"));
        assertThat(gunels.doc().selectFirst("#code").val()).isEqualTo("10000003");
        assertThat(gunels.text("main")).doesNotContain("Günel", "Xətai");
        assertThat(browser.submit("form[action=/profile/codes/new]", "code", "abc'; drop").text("#code-error"))
                .isEqualTo("Səhv: Abonent kodu yalnız rəqəmlərdən ibarətdir.");

        String token = browser.csrfToken();
        PortalBrowser.Page forced = browser.post("/profile/codes", Map.of("code", "10000003", "_csrf", token));
        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.text("#code-error")).isEqualTo(gunels.text("#code-error"));
        assertThat(browser.post("/profile/codes", Map.of("_csrf", token)).text("#code-error"))
                .isEqualTo(gunels.text("#code-error"));
        assertThat(linked.of(DemoCitizens.RASHAD)).extracting(Subscriber::code).doesNotContain("10000003");
        assertThat(linked.of(DemoCitizens.GUNEL)).isEmpty();
    }

    @Test
    void aNewMobileCountsOnlyOnceTheCodeSentToItIsEntered() throws Exception {
        Citizen citizen = citizenAfterFirstLogin();
        browser.open("/profile");
        browser.open("/profile/mobile");
        String newMobile = "+99477" + citizen.loginMobile().substring(6);

        assertThat(browser.submit("form[action=/profile/mobile]", "mobile", "+1 202 555 0100").text("#mobile-error"))
                .contains("Azərbaycan mobil nömrəsini daxil edin");
        PortalBrowser.Page codePage = browser.submit("form[action=/profile/mobile]", "mobile",
                "+994 77 " + newMobile.substring(6, 9) + "-" + newMobile.substring(9));

        assertThat(codePage.path()).isEqualTo("/profile/mobile/code");
        assertThat(citizens.findById(citizen.fin()).orElseThrow().contactMobile()).as("not before the code")
                .isNotEqualTo(newMobile);
        PortalBrowser.Page profile = browser.submit("form[action=/profile/mobile/code]", "code", lastCodeSentTo(newMobile));

        assertThat(profile.path()).isEqualTo("/profile");
        assertThat(profile.text(".notice--success")).contains("Mobil nömrəniz təsdiqləndi");
        assertThat(profile.text("#mobile")).startsWith("077 ");
        assertThat(citizens.findById(citizen.fin()).orElseThrow().contactMobile()).isEqualTo(newMobile);
    }

    @Test
    void aNewEmailCountsOnlyOnceItsLinkIsOpenedAndTheOldOneStaysMeanwhile() throws Exception {
        Citizen citizen = citizenAfterFirstLogin();
        browser.open("/profile/email");

        assertThat(browser.submit("form[action=/profile/email]", "email", "two@@example.az").text("#email-error"))
                .contains("Düzgün elektron poçt ünvanı daxil edin");
        PortalBrowser.Page profile = browser.submit("form[action=/profile/email]", "email", "new.address@example.az");

        assertThat(profile.path()).isEqualTo("/profile");
        assertThat(profile.text(".notice--success")).contains("n***@example.az");
        assertThat(profile.text("#email")).startsWith("first@example.az Təsdiqlənib");
        assertThat(profile.text("#pending-email")).contains("new.address@example.az");
        var mails = smtp.getReceivedMessages();
        assertThat(mails[mails.length - 1].getAllRecipients()[0].toString()).isEqualTo("new.address@example.az");

        browser.open(Mails.linkPath(mails[mails.length - 1]));
        assertThat(browser.submit("main form").text(".notice--success")).isEqualTo("Elektron poçt ünvanınız təsdiqləndi.");
        PortalBrowser.Page after = browser.open("/profile");
        assertThat(after.text("#email")).startsWith("new.address@example.az Təsdiqlənib");
        assertThat(after.has("#pending-email")).isFalse();
        assertThat(citizens.findById(citizen.fin()).orElseThrow().email()).isEqualTo("new.address@example.az");
    }

    @Test
    void anotherCitizensProfileCannotBeReached() throws Exception {
        logIn(DemoCitizens.TURAL, TURAL_MOBILE);
        PortalBrowser.Page profile = browser.open("/profile?fin=" + DemoCitizens.RASHAD);
        assertThat(profile.text("#person")).contains("Hüseynov").doesNotContain("Əliyev");
        assertThat(browser.open("/profile/" + DemoCitizens.RASHAD).status()).isEqualTo(404);
    }

    /** A new citizen who has gone through first login (mobile verified, first@example.az confirmed). */
    private Citizen citizenAfterFirstLogin() throws Exception {
        Citizen citizen = newCitizen();
        logIn(citizen.fin(), citizen.loginMobile());
        browser.submit("form[action=/welcome]", "mobile", az.muraciet.shared.AzerbaijaniPhoneNumbers.toLocal(
                citizen.loginMobile()), "email", "first@example.az");
        browser.submit("form[action=/welcome/mobile]", "code", lastCodeSentTo(citizen.loginMobile()));
        var mails = smtp.getReceivedMessages();
        browser.open(Mails.linkPath(mails[mails.length - 1]));
        browser.submit("main form");
        return citizens.findById(citizen.fin()).orElseThrow();
    }
}
