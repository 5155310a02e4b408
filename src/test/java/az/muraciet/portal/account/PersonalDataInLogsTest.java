package az.muraciet.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import az.muraciet.catalogue.Utility;
import az.muraciet.identity.Citizen;
import az.muraciet.notification.Masking;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;

/** Login, first login and profile leave no FIN, phone number, e-mail address or code in the log, only masked. */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsTest extends AccountTest {

    @Autowired Subscribers registry;

    @Test
    void nothingPersonalReachesTheLog(CapturedOutput output) throws Exception {
        Citizen citizen = newCitizen();
        String subscriberCode = "8" + (1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_000_000));
        registry.save(new Subscriber(subscriberCode, Utility.AZERSU, citizen.fin(), "Aynur Qasımova",
                "Bakı, Səbail r., Neftçilər pr. 1", "Səbail"));
        String contactMobile = "+99451" + citizen.loginMobile().substring(6);
        String changedMobile = "+99499" + citizen.loginMobile().substring(6);
        String email = "aynur." + citizen.fin().toLowerCase() + "@example.az";
        String changedEmail = "qasimova." + citizen.fin().toLowerCase() + "@example.org";
        List<String> codes = new ArrayList<>();

        browser.open("/login");
        browser.submit("form[action=/login]", "fin", citizen.fin().toLowerCase());
        browser.submit("form[action=/login/code]", "code", "000000");
        codes.add(lastCodeSentTo(citizen.loginMobile()));
        browser.submit("form[action=/login/code]", "code", codes.get(0));
        browser.submit("form[action=/welcome]", "mobile", AzerbaijaniPhoneNumbers.toLocal(contactMobile), "email", email);
        codes.add(lastCodeSentTo(contactMobile));
        browser.submit("form[action=/welcome/mobile]", "code", codes.get(1));
        browser.open(Mails.linkPath(smtp.getReceivedMessages()[0]));
        browser.submit("main form");
        browser.open("/profile/mobile");
        gatewayDown();
        browser.submit("form[action=/profile/mobile]", "mobile", AzerbaijaniPhoneNumbers.toLocal(changedMobile));
        gatewayUp();
        browser.submit("form[action=/profile/mobile]", "mobile", AzerbaijaniPhoneNumbers.toLocal(changedMobile));
        codes.add(lastCodeSentTo(changedMobile));
        browser.submit("form[action=/profile/mobile/code]", "code", codes.get(2));
        browser.open("/profile/email");
        browser.submit("form[action=/profile/email]", "email", changedEmail);
        browser.open(Mails.linkPath(smtp.getReceivedMessages()[1]));
        browser.submit("main form");
        browser.open("/profile/codes/new");
        browser.submit("form[action=/profile/codes/new]", "code", subscriberCode);
        browser.submit("form[action=/profile/codes]");
        browser.open("/profile/codes/new");
        browser.submit("form[action=/profile/codes/new]", "code", "10000003");
        browser.open("/profile");
        browser.submit("form[action=/logout]");
        browser.open("/login");
        browser.submit("form[action=/login]", "fin", "0QQ0QQ0");

        assertThat(citizens.findById(citizen.fin()).orElseThrow().email()).as("the whole way was gone").isEqualTo(changedEmail);
        String log = output.getAll();
        assertThat(log).as("the flow was logged, masked").contains(Masking.fin(citizen.fin()),
                Masking.phone(changedMobile), Masking.email(email));
        assertThat(log).doesNotContainIgnoringCase(citizen.fin()).doesNotContain("0QQ0QQ0");
        for (String phone : new String[] { citizen.loginMobile(), contactMobile, changedMobile }) {
            assertThat(log).doesNotContain(phone, phone.substring(1), phone.substring(4),
                    AzerbaijaniPhoneNumbers.toLocal(phone));
        }
        assertThat(log).doesNotContainIgnoringCase(email).doesNotContainIgnoringCase(changedEmail);
        for (String sent : codes) {
            assertThat(log).doesNotContainPattern("(?<![0-9A-Za-z])" + sent + "(?![0-9A-Za-z])");
        }
        assertThat(log).doesNotContain("/welcome/email/");
    }
}
