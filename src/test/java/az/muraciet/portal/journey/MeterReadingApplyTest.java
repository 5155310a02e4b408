package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.casefile.Applications;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.process.CaseScenarios;
import az.muraciet.subscriber.MeteredSubscribers;
import az.muraciet.subscriber.Subscriber;

/**
 * Azərsu's meter reading submission in the portal, for a citizen of its own (two linked codes: one with a metered
 * history, last read at 1000 m³, one without a meter): the service's start form with no Java of its own, the reading
 * and the code refused beside their fields with nothing stored, no confirmation step, and the accepted reading on the
 * case page as the status's note.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeterReadingApplyTest {

    static final String APPLY = "/services/METER_READING_SUBMISSION/apply";
    static final String FORM = ApplyFormTest.FORM;
    private static final AtomicInteger NEXT_FIN = new AtomicInteger(100000);

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired CitizenAccounts citizens;
    @Autowired LinkedSubscribers linkedSubscribers;
    @Autowired MeteredSubscribers meters;
    @Autowired CaseScenarios cases;

    String fin;
    Subscriber metered;
    Subscriber withoutMeter;
    PortalBrowser browser;

    @BeforeEach
    void aCitizenWithAMeteredCodeAndACodeWithoutMeter() {
        fin = "M" + NEXT_FIN.incrementAndGet();
        Instant now = Instant.now();
        Citizen citizen = new Citizen(fin, "Səbinə", "Qasımova", "Rafiq qızı", "+994505550011", now);
        citizen.contactMobileVerified("+994505550011", now);
        citizen.emailVerified("sebine.qasimova@example.az", now);
        citizens.saveAndFlush(citizen);
        metered = meters.withHistory(fin, "Yasamal", "1000", "10", 12);
        withoutMeter = meters.withoutMeter(fin, "Yasamal");
        linkedSubscribers.link(fin, metered.code());
        linkedSubscribers.link(fin, withoutMeter.code());
        browser = PortalBrowser.signedIn(mvc, fin);
    }

    @Test
    void theCatalogueListsTheServiceAndTheApplyPageDrawsItsOwnStartForm() throws Exception {
        assertThat(browser.open("/services").doc().select("a[href=" + APPLY + "]")).isNotEmpty();

        Document page = browser.open(APPLY).doc();

        Element form = page.selectFirst(FORM);
        assertThat(form).isNotNull();
        Set<String> rendered = new LinkedHashSet<>(form.select("input[name], select[name], textarea[name]").eachAttr("name"));
        rendered.removeAll(Set.of("_csrf", "_draft"));
        assertThat(rendered).containsExactly("subscriberCode", "reading", "phone", "email", "notes");
        assertThat(form.select("select[name=subscriberCode] option:not([value=''])").eachAttr("value"))
                .containsExactlyInAnyOrder(metered.code(), withoutMeter.code());
        Element reading = form.selectFirst("input[name=reading]");
        assertThat(reading.attr("type")).isEqualTo("number");
        assertThat(reading.attr("step")).isEqualTo("0.001");
        assertThat(reading.attr("min")).isEqualTo("0");
        assertThat(reading.hasAttr("required")).isTrue();
        assertThat(page.selectFirst("input[name=phone]").val()).isEqualTo("+994505550011");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aBadReadingIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
        long before = applications.count();

        for (String bad : new String[] { "12,3456", "-5", "on iki" }) {
            var refused = browser.submit(browser.open(APPLY), FORM, Map.of("subscriberCode", metered.code(), "reading", bad));

            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(ApplyFormTest.errorBeside(refused.doc(), "reading")).as(bad).contains("Cari göstərici");
            assertThat(refused.doc().selectFirst("input[name=reading]").val()).as("shown again")
                    .isEqualTo(bad.replace(',', '.'));
        }
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void aCodeWithoutAnActiveMeterIsRefusedBesideTheCode() throws Exception {
        long before = applications.count();

        var refused = browser.submit(browser.open(APPLY), FORM,
                Map.of("subscriberCode", withoutMeter.code(), "reading", "12,5"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(refused.doc(), "subscriberCode"))
                .endsWith("Bu abonent kodunda aktiv sayğac yoxdur");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void aReadingIsRegisteredWithoutConfirmationAndTheCasePageShowsTheAcceptedReading() throws Exception {
        long before = applications.count();

        var registered = browser.submit(browser.open(APPLY), FORM,
                Map.of("subscriberCode", metered.code(), "reading", "1012,5"));

        assertThat(registered.redirect()).as("no confirmation step").matches("/applications/[0-9a-f-]{36}\\?done=registered");
        assertThat(applications.count()).isEqualTo(before + 1);
        Document page = registered.doc();
        assertThat(page.select(".registered .case-number strong").text()).matches("AG-\\d{4}-\\d{6}");
        assertThat(page.select(".current-status").text()).isEqualTo("Qeydiyyata alındı");

        cases.runDueJobs();

        Document done = browser.open(registered.path()).doc();
        assertThat(done.select(".current-status").text()).isEqualTo("İcra edildi");
        assertThat(done.select("li[data-status=READING_ACCEPTED] .timeline__label").text())
                .isEqualTo("Sayğac göstəricisi qəbul edildi");
        assertThat(done.select("li[data-status=READING_ACCEPTED] .timeline__note").text()).isEqualTo("1012.5 m³");
        assertThat(meters.readingsOf(metered)).last().satisfies(reading ->
                assertThat(reading.value()).isEqualByComparingTo("1012.5"));
    }
}
