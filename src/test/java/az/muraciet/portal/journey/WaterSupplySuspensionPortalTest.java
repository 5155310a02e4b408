package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.casefile.Applications;
import az.muraciet.catalogue.Utility;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.portal.PortalBrowser.Page;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.WaterSupplySuspensionProcess;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;

/**
 * Azərsu's suspension of the water supply in the portal, as a browser without JavaScript uses it: its start form offers
 * only the citizen's codes without a meter and refuses a past date or a restoration before the start beside the
 * field; once the supply is sealed the case page shows the citizen action "Su təchizatının bərpasını istəyirəm" as a
 * button (a POST with the page's CSRF token) that asks for the supply back, once, however often it is pressed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WaterSupplySuspensionPortalTest {

    static final String APPLY = "/services/WATER_SUPPLY_SUSPENSION/apply";
    static final String FORM = ApplyFormTest.FORM;
    static final String ACTION_FORM = "form[action$=/actions/" + WaterSupplySuspensionProcess.MESSAGE_RESTORATION_REQUESTED + "]";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(new Random().nextInt(50_000));

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired CaseScenarios cases;
    @Autowired Subscribers subscribers;
    @Autowired CitizenAccounts citizens;
    @Autowired LinkedSubscribers linkedSubscribers;

    @Test
    void theCatalogueListsTheServiceAndItsFormOffersOnlyCodesWithoutAMeter() throws Exception {
        TestCitizen citizen = newCitizen(true);
        PortalBrowser browser = PortalBrowser.signedIn(mvc, citizen.fin());

        assertThat(browser.open("/services").doc().select("a[href=" + APPLY + "]")).isNotEmpty();
        Document page = browser.open(APPLY).doc();

        Element form = page.selectFirst(FORM);
        Set<String> rendered = new LinkedHashSet<>(form.select("input[name], select[name], textarea[name]").eachAttr("name"));
        rendered.removeAll(Set.of("_csrf", "_draft"));
        assertThat(rendered).containsExactlyInAnyOrder("subscriberCode", "suspensionStartDate", "plannedRestorationDate",
                "reason", "phone", "email", "notes");
        assertThat(form.select("select[name=subscriberCode] option:not([value=''])").eachAttr("value"))
                .as("the code without a meter, not the one with a meter").containsExactly(citizen.codeWithoutMeter());
        Element start = form.selectFirst("input[name=suspensionStartDate]");
        assertThat(start.attr("type")).isEqualTo("date");
        assertThat(start.attr("min")).as("no past dates").isEqualTo(today().toString());
        assertThat(start.hasAttr("required")).isTrue();
        assertThat(form.selectFirst("input[name=plannedRestorationDate]").hasAttr("required")).isFalse();
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aCitizenWhoseCodesAllHaveAMeterIsToldWhyNoneIsOffered() throws Exception {
        TestCitizen citizen = newCitizen(false);
        Document page = PortalBrowser.signedIn(mvc, citizen.fin()).open(APPLY).doc();

        assertThat(page.selectFirst(FORM)).isNull();
        assertThat(page.selectFirst(".no-codes h2").text()).isEqualTo("Profilinizdəki abonent kodları bu xidmətə uyğun deyil");
        assertThat(page.selectFirst(".unsuitable-codes").text()).contains("yalnız sayğacı olmayan abonentlər üçündür");
        assertThat(page.select(".no-codes a[href=/profile]")).isNotEmpty();
    }

    @Test
    void aPastStartOrARestorationBeforeTheStartIsRefusedBesideItsFieldAndNothingStored() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        long before = applications.count();

        Page past = tural.submit(tural.open(APPLY), FORM, Map.of("suspensionStartDate", today().minusDays(1).toString(),
                "reason", "TEMPORARY_ABSENCE"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(past.doc(), "suspensionStartDate")).contains("keçmiş tarix ola bilməz");

        Page reversed = tural.submit(tural.open(APPLY), FORM, Map.of("suspensionStartDate", today().plusDays(9).toString(),
                "plannedRestorationDate", today().plusDays(2).toString(), "reason", "RENOVATION"));
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(reversed.doc(), "plannedRestorationDate"))
                .contains("\"Dayandırılmanın başlama tarixi\" tarixindən əvvəl ola bilməz");
        assertThat(reversed.doc().selectFirst("input[name=suspensionStartDate]").val()).as("as entered")
                .isEqualTo(today().plusDays(9).toString());
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void theCitizenAppliesThenAsksForTheSupplyBackWithTheCasePagesButtonOnce() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        Page confirm = tural.submit(tural.open(APPLY), FORM, Map.of("subscriberCode", turalsNewCode(),
                "suspensionStartDate", today().toString(), "plannedRestorationDate", today().plusMonths(3).toString(),
                "reason", "TEMPORARY_ABSENCE"));
        assertThat(confirm.path()).matches("/applications/[0-9a-f-]{36}/confirm");
        assertThat(confirm.doc().select(".entered-data dd").eachText()).contains(today().toString());
        Page registered = tural.submit(confirm, "form[action$=/confirm]", Map.of());
        String id = registered.path().replaceAll("/applications/([0-9a-f-]{36}).*", "$1");
        assertThat(registered.doc().select(".citizen-actions")).as("nothing to do before the supply is sealed").isEmpty();

        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");
        cases.complete(id, WaterSupplySuspensionProcess.TASK_SEAL_SUPPLY, Map.of("sealOutcome", "SEALED",
                "sealNumber", "PL-9090", "sealedOn", today().toString(), "sealPlace", "Mənzilin girişində"));

        Document suspended = tural.open("/applications/" + id).doc();
        assertThat(suspended.selectFirst(".current-status").text()).isEqualTo("Su təchizatı müvəqqəti dayandırıldı");
        assertThat(suspended.select(".timeline li[data-status=SUSPENDED] .timeline__note").text())
                .isEqualTo(today() + ", PL-9090");
        Element action = suspended.selectFirst(".citizen-actions " + ACTION_FORM);
        assertThat(action).as("the button of the citizen action").isNotNull();
        assertThat(action.attr("method")).isEqualTo("post");
        assertThat(action.select("input[name=_csrf]").val()).isNotBlank();
        assertThat(action.selectFirst("button").text()).isEqualTo("Su təchizatının bərpasını istəyirəm");
        assertThat(suspended.selectFirst(".citizen-action__hint").text()).contains("plomblanaraq dayandırılıb");
        Page suspendedPage = tural.page();

        Page taken = tural.submit(suspendedPage, ACTION_FORM, Map.of());
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.path()).isEqualTo("/applications/" + id + "?done=actionTaken");
        assertThat(taken.doc().selectFirst(".action-taken")).isNotNull();
        assertThat(taken.doc().selectFirst(".current-status").text()).isEqualTo("Su təchizatının bərpası istənildi");
        assertThat(taken.doc().select(".citizen-actions")).isEmpty();

        Page again = tural.submit(suspendedPage, ACTION_FORM, Map.of());
        assertThat(again.status()).as("a second click: the same page, no error").isEqualTo(200);
        assertThat(again.doc().selectFirst(".action-taken")).isNotNull();
        assertThat(again.doc().select(".timeline li[data-status=RESTORATION_REQUESTED]")).hasSize(1);
        assertThat(cases.task(id, WaterSupplySuspensionProcess.TASK_UNSEAL_SUPPLY)).isNotNull();
    }

    @Test
    void theButtonSpeaksEnglishAndNobodyElseCanPressItNorWithoutTheFormsToken() throws Exception {
        String id = suspendedCaseOfTural();
        String action = "/applications/" + id + "/actions/" + WaterSupplySuspensionProcess.MESSAGE_RESTORATION_REQUESTED;

        Document english = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).inEnglish().open("/applications/" + id).doc();
        assertThat(english.selectFirst(".citizen-actions h2").text()).isEqualTo("A step for you to take");
        assertThat(english.selectFirst(".citizen-actions button").text()).isEqualTo("Ask for the water supply to be restored");

        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        assertThat(rashad.open("/applications/" + id).status()).isEqualTo(404);
        assertThat(rashad.post(action).status()).isEqualTo(404);
        int withoutToken = mvc.perform(post(action).with(user(DemoCitizens.TURAL).roles("CITIZEN")))
                .andReturn().getResponse().getStatus();
        assertThat(withoutToken).isEqualTo(403);
        Page unknown = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL)
                .post("/applications/" + id + "/actions/Message_NoSuchThing");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.doc().selectFirst(".action-unavailable")).isNotNull();

        assertThat(mvc.perform(post(action).with(user(DemoCitizens.TURAL).roles("CITIZEN")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/applications/" + id + "?done=actionTaken");
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("RESTORATION_REQUESTED");
    }

    @Test
    void aSecondSuspensionOfACodeWithAnOpenOneIsRefusedBesideTheCodeAndNothingStored() throws Exception {
        TestCitizen citizen = newCitizen(true);
        PortalBrowser browser = PortalBrowser.signedIn(mvc, citizen.fin());
        Map<String, String> suspension = Map.of("subscriberCode", citizen.codeWithoutMeter(),
                "suspensionStartDate", today().plusDays(3).toString(), "reason", "TEMPORARY_ABSENCE");
        Page confirm = browser.submit(browser.open(APPLY), FORM, suspension);
        String number = browser.submit(confirm, "form[action$=/confirm]", Map.of()).text(".case-number strong");
        assertThat(number).matches("AD-\\d{4}-\\d{6}");
        long before = applications.count();

        Page second = browser.submit(browser.open(APPLY), FORM, suspension);

        assertThat(second.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(second.doc(), "subscriberCode"))
                .contains("Bu abonent kodu üzrə bu xidmətə aid başa çatmamış müraciət var (" + number + ")")
                .doesNotContain("unfinished");
        assertThat(second.doc().selectFirst("input[name=suspensionStartDate]").val()).as("as entered")
                .isEqualTo(today().plusDays(3).toString());
        assertThat(applications.count()).isEqualTo(before);

        Page english = browser.inEnglish().submit(browser.open(APPLY), FORM, suspension);
        assertThat(ApplyFormTest.errorBeside(english.doc(), "subscriberCode"))
                .contains("There is an unfinished application for this service on this subscriber code (" + number + ")");
    }

    /** A new code of Tural's in Yasamal without a meter, linked to his profile: one open suspension per code. */
    private String turalsNewCode() {
        String code = "6%07d".formatted(SEQUENCE.incrementAndGet());
        subscribers.save(new Subscriber(code, Utility.AZERSU, DemoCitizens.TURAL, "Tural Hüseynov",
                "Bakı, Yasamal r., Sınaq küç. " + code, "Yasamal"));
        linkedSubscribers.link(DemoCitizens.TURAL, code);
        return code;
    }

    private String suspendedCaseOfTural() {
        String id = cases.submit(DemoCitizens.TURAL,
                az.muraciet.intake.TestApplications.waterSupplySuspension(turalsNewCode(), today(), null));
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        cases.assignExecutor(id, "nigar");
        cases.complete(id, WaterSupplySuspensionProcess.TASK_SEAL_SUPPLY, Map.of("sealOutcome", "SEALED",
                "sealNumber", "PL-9191", "sealedOn", today().toString(), "sealPlace", "Həyətdəki quyu"));
        return id;
    }

    /**
     * A citizen past first login with two Yasamal codes in the registry, one without a meter and one with; the one with
     * a meter linked to the profile, the other one too if asked.
     */
    private TestCitizen newCitizen(boolean linkCodeWithoutMeter) {
        int n = SEQUENCE.incrementAndGet();
        String fin = "S%05dX".formatted(n);
        String withoutMeter = "7%07d".formatted(n);
        String withMeter = "8%07d".formatted(n);
        Instant now = Instant.now();
        subscribers.save(new Subscriber(withoutMeter, Utility.AZERSU, fin, "Nərmin Qasımova",
                "Bakı, Yasamal r., Sınaq küç. " + n, "Yasamal"));
        Subscriber metered = new Subscriber(withMeter, Utility.AZERSU, fin, "Nərmin Qasımova",
                "Bakı, Yasamal r., Sınaq küç. " + n + "A", "Yasamal");
        metered.registerMeter("AZ-TEST-" + n, now);
        subscribers.save(metered);
        Citizen citizen = new Citizen(fin, "Nərmin", "Qasımova", "Rauf qızı", "+994515550022", now);
        citizen.contactMobileVerified("+994515550022", now);
        citizen.emailVerified("nermin.qasimova@example.az", now);
        citizens.save(citizen);
        if (linkCodeWithoutMeter) {
            linkedSubscribers.link(fin, withoutMeter);
        }
        linkedSubscribers.link(fin, withMeter);
        return new TestCitizen(fin, withoutMeter);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Baku"));
    }

    record TestCitizen(String fin, String codeWithoutMeter) {
    }
}
