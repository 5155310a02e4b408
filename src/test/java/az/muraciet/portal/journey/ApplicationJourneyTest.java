package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.catalogue.Utility;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;
import az.muraciet.inventory.MeterStock;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/**
 * The whole journey through the pages, as a citizen without JavaScript goes it: apply (with the active-meter
 * warning), confirm or withdraw, follow the case in "Müraciətlər" to its act — and nobody else's case is there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationJourneyTest {

    static final String APPLY = ApplyFormTest.APPLY;
    static final String FORM = ApplyFormTest.FORM;
    static final Pattern CONFIRM_PAGE = Pattern.compile("/applications/([0-9a-f-]{36})/confirm");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Asia/Baku"));

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired RuntimeService runtime;
    @Autowired CaseScenarios cases;
    @Autowired MeterStock stock;
    @Autowired CaseFiles caseFiles;
    @Autowired Subscribers subscribers;
    @Autowired CitizenAccounts citizens;
    @Autowired LinkedSubscribers linkedSubscribers;
    private static final AtomicInteger SEQUENCE = new AtomicInteger(new Random().nextInt(50_000));

    @Test
    void anActiveMeterIsWarnedAboutBeforeAnythingIsStoredAndContinuingRegistersTheApplication() throws Exception {
        stock.setAvailable("azersu-nasimi", 0); // as in the demo: Nəsimi's warehouse is empty
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        long before = applications.count();

        var warned = rashad.submit(rashad.open(APPLY), FORM, Map.of("reason", "ADDITIONAL_METER",
                "notes", "Mətbəx üçün ayrıca sayğac"));

        assertThat(warned.status()).isEqualTo(200);
        Document warning = warned.doc();
        assertThat(warning.selectFirst(".active-meter h2").text()).isEqualTo("Bu abonent kodu üzrə aktiv sayğac var");
        assertThat(warning.selectFirst(".active-meter p").text()).contains("10000002");
        assertThat(warning.select(".active-meter__continue input[type=hidden][name=additionalMeter]").eachAttr("value"))
                .containsExactly("true");
        assertThat(warning.selectFirst(".active-meter__continue input[name=notes]").val()).isEqualTo("Mətbəx üçün ayrıca sayğac");
        assertThat(warning.selectFirst(".active-meter__continue button").text()).isEqualTo("Davam et");
        assertThat(warning.selectFirst(FORM + " textarea[name=notes]").text()).as("the form stays, to change it")
                .isEqualTo("Mətbəx üçün ayrıca sayğac");
        assertThat(applications.count()).as("nothing stored before 'Davam et'").isEqualTo(before);

        var continued = rashad.submit(warned, ".active-meter__continue", Map.of());

        String id = applicationIdOf(continued.redirect());
        assertThat(applications.count()).isEqualTo(before + 1);
        Application stored = applications.findById(id).orElseThrow();
        assertThat(stored.status()).isEqualTo("SUBMITTED");
        assertThat(stored.subscriberCode()).isEqualTo("10000002");
        assertThat(stored.formData()).containsEntry("additionalMeter", true).containsEntry("reason", "ADDITIONAL_METER")
                .containsEntry("phone", "+994501234567").containsEntry("notes", "Mətbəx üçün ayrıca sayğac");

        Document review = rashad.open(continued.redirect()).doc();
        assertThat(review.selectFirst("h1").text()).isEqualTo("Məlumatları təsdiq edin");
        assertThat(facts(review)).containsEntry("Abonent kodu", "10000002 — Bakı, Nəsimi r., Füzuli küç. 48, m. 17")
                .containsEntry("Müraciətin səbəbi", "Əlavə sayğacın quraşdırılması")
                .containsEntry("Telefon nömrəsi", "+994501234567")
                .containsEntry("Elektron poçt ünvanı", "resad.aliyev@example.az")
                .containsEntry("Aktiv sayğac olduqda əlavə sayğac istəyirəm", "Bəli");

        var confirmed = rashad.submit(rashad.open(continued.redirect()), "form[action$=/confirm]", Map.of());
        assertThat(confirmed.redirect()).isEqualTo("/applications/" + id + "?done=registered");
        String number = applications.findById(id).orElseThrow().number();
        assertThat(number).matches("AS-\\d{4}-\\d{6}");
        Document registered = rashad.open(confirmed.redirect()).doc();
        assertThat(registered.selectFirst(".registered").text()).startsWith("Müraciətiniz qeydiyyata alındı.")
                .endsWith("Müraciət nömrəniz: " + number);
        assertThat(registered.selectFirst(".registered .case-number strong").text()).matches("AS-\\d{4}-\\d{6}")
                .isEqualTo(number);

        var again = rashad.post("/applications/" + id + "/confirm");
        assertThat(again.redirect()).as("a second 'Təsdiq et' is harmless").isEqualTo(confirmed.redirect());
        assertThat(history(id)).containsExactly("SUBMITTED", "REGISTERED");

        Document list = rashad.open("/applications").doc();
        var row = list.selectFirst("tr[data-id=" + id + "]");
        assertThat(row.selectFirst("a").text()).isEqualTo(number);
        assertThat(row.selectFirst(".status").text()).isEqualTo("Qeydiyyata alındı");
        assertThat(row.select("td").get(1).text()).isEqualTo("Su sayğaclarının quraşdırılması müraciəti");

        cases.runDueJobs();
        cases.assignExecutor(id, "aysel");

        Document rejected = rashad.open("/applications/" + number).doc();
        assertThat(rejected.selectFirst(".current-status").text()).isEqualTo("İmtina edildi");
        assertThat(rejected.selectFirst(".current-reason").text()).isEqualTo("Anbarda sayğac ehtiyatı yoxdur");
        assertThat(rejected.select(".timeline li .timeline__label").eachText()).containsExactly(
                "Göndərildi (təsdiq gözlənilir)", "Qeydiyyata alındı", "İcraya yönləndirildi", "İcraçı təyin edildi",
                "İmtina edildi");
        assertThat(rejected.select(".timeline li[data-status=REJECTED] .timeline__reason").text())
                .isEqualTo("Anbarda sayğac ehtiyatı yoxdur");
        List<CaseDetails.Step> changes = caseFiles.caseOf(DemoCitizens.RASHAD, id).history();
        assertThat(rejected.select(".timeline li time").eachText()).as("Baku time")
                .containsExactlyElementsOf(changes.stream().map(c -> SHOWN.format(c.changedAt())).toList());
        assertThat(rejected.select("a[href$=act.pdf]")).isEmpty();
        assertThat(rashad.open("/applications/" + id + "/act.pdf").status()).isEqualTo(404);

        Document inEnglish = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).inEnglish().open("/applications/" + id).doc();
        assertThat(inEnglish.selectFirst(".current-status").text()).isEqualTo("Rejected");
        assertThat(inEnglish.selectFirst(".current-reason").text()).isEqualTo("No meter in stock");
    }

    @Test
    void theMeterIsInstalledAndTheActDownloadedAsPdfWhichNobodyElseCanSee() throws Exception {
        stock.setAvailable("azersu-yasamal", 5);
        // the act registers the new meter on the code: a citizen and code of this test's own, not a demo one
        TestCitizen applicant = newCitizenWithAYasamalCode();
        PortalBrowser nargiz = PortalBrowser.signedIn(mvc, applicant.fin());

        var submitted = nargiz.submit(nargiz.open(APPLY), FORM, Map.of("reason", "NEW_INSTALLATION",
                "notes", "Giriş qapısının yanında"));
        String id = applicationIdOf(submitted.redirect());
        nargiz.submit(nargiz.open(submitted.redirect()), "form[action$=/confirm]", Map.of());
        String number = applications.findById(id).orElseThrow().number();

        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");
        cases.recordInstalled(id);
        Document beforeAct = nargiz.open("/applications/" + id).doc();
        assertThat(beforeAct.select("a[href$=act.pdf]")).isEmpty();
        cases.drawUpAct(id);

        Document page = nargiz.open("/applications/" + id).doc();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Müraciət " + number);
        assertThat(page.select(".timeline li").eachAttr("data-status")).containsExactly("SUBMITTED", "REGISTERED",
                "FORWARDED", "EXECUTOR_ASSIGNED", "ACT_DRAWN_UP", "COMPLETED");
        assertThat(page.selectFirst(".current-status").text()).isEqualTo("İcra edildi");
        String actLink = page.selectFirst(".act a").attr("href");
        assertThat(actLink).isEqualTo("/applications/" + id + "/act.pdf");

        var act = nargiz.open(actLink);
        assertThat(act.status()).isEqualTo(200);
        assertThat(act.response().getContentType()).isEqualTo("application/pdf");
        assertThat(act.response().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"akt-" + number + ".pdf\"");
        byte[] pdf = act.response().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("AKT-" + number, "Nərgiz Səfərova", applicant.code());
        }

        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        for (String path : List.of("/applications/" + id, "/applications/" + number, "/applications/" + id + "/act.pdf",
                "/applications/" + id + "/confirm")) {
            var refused = rashad.open(path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.doc().selectFirst("h1").text()).as(path).isEqualTo("Səhifə tapılmadı");
            assertThat(refused.doc().selectFirst("main").text()).as(path).doesNotContain(number, "Səfərova", "Sınaq");
        }
        assertThat(rashad.open("/applications").doc().select("tr[data-id=" + id + "]")).isEmpty();
    }

    @Test
    void anotherCitizenCanNeitherConfirmNorWithdrawSomeoneElsesApplication() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        var submitted = tural.submit(tural.open(APPLY), FORM, Map.of("reason", "REPLACEMENT"));
        String id = applicationIdOf(submitted.redirect());

        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        assertThat(rashad.post("/applications/" + id + "/confirm").status()).isEqualTo(404);
        assertThat(rashad.post("/applications/" + id + "/cancel").status()).isEqualTo(404);
        assertThat(rashad.open("/applications/" + id + "/confirm").status()).isEqualTo(404);

        Application untouched = applications.findById(id).orElseThrow();
        assertThat(untouched.status()).isEqualTo("SUBMITTED");
        assertThat(untouched.number()).isNull();
        tural.post("/applications/" + id + "/cancel");
    }

    @Test
    void withdrawingAtTheConfirmationStepCancelsItAndOpensTheFormAgainWithTheSameData() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        var submitted = tural.submit(tural.open(APPLY), FORM, Map.of("reason", "VERIFICATION_EXPIRED",
                "notes", "Zirzəmidə, açarı qonşudadır"));
        String id = applicationIdOf(submitted.redirect());

        var withdrawn = tural.submit(tural.open(submitted.redirect()), "form[action$=/cancel]", Map.of());

        assertThat(withdrawn.redirect()).isEqualTo(APPLY + "?from=" + id);
        assertThat(applications.findById(id).orElseThrow().status()).isEqualTo("CANCELLED");
        Document again = tural.open(withdrawn.redirect()).doc();
        assertThat(again.selectFirst(".correcting")).isNotNull();
        assertThat(again.selectFirst("select[name=reason] option[selected]").val()).isEqualTo("VERIFICATION_EXPIRED");
        assertThat(again.selectFirst("textarea[name=notes]").text()).isEqualTo("Zirzəmidə, açarı qonşudadır");

        assertThat(tural.post("/applications/" + id + "/cancel").redirect()).as("twice is harmless")
                .isEqualTo(withdrawn.redirect());
        var lateConfirm = tural.post("/applications/" + id + "/confirm");
        assertThat(lateConfirm.redirect()).isEqualTo("/applications/" + id + "?done=alreadyCancelled");
        Document page = tural.open(lateConfirm.redirect()).doc();
        assertThat(page.selectFirst(".current-status").text()).isEqualTo("Ləğv edildi");
        assertThat(page.select(".notice--error").text()).startsWith("Bu müraciət artıq ləğv edilib");
        assertThat(page.selectFirst(".timeline li[data-status=CANCELLED] .timeline__reason").text())
                .isEqualTo("Müraciət vətəndaş tərəfindən geri götürüldü");
        assertThat(tural.open("/applications/" + id + "/confirm").redirect()).isEqualTo("/applications/" + id);
        assertThat(applications.findById(id).orElseThrow().number()).isNull();
    }

    @Test
    void sendingTheSameFilledInFormTwiceStoresOneApplication() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        var form = tural.open(APPLY);
        long before = applications.count();

        var first = tural.submit(form, FORM, Map.of("reason", "NEW_INSTALLATION"));
        var second = tural.submit(form, FORM, Map.of("reason", "NEW_INSTALLATION"));

        assertThat(second.redirect()).isEqualTo(first.redirect());
        assertThat(applications.count()).isEqualTo(before + 1);
        var anotherForm = tural.submit(tural.open(APPLY), FORM, Map.of("reason", "NEW_INSTALLATION"));
        assertThat(anotherForm.redirect()).as("a new filling-in is a new application").isNotEqualTo(first.redirect());
        tural.post("/applications/" + applicationIdOf(first.redirect()) + "/cancel");
        tural.post("/applications/" + applicationIdOf(anotherForm.redirect()) + "/cancel");
    }

    @Test
    void anApplicationAwaitingConfirmationIsListedAsSuchAndTheListIsNewestFirst() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        var first = tural.submit(tural.open(APPLY), FORM, Map.of("reason", "NEW_INSTALLATION"));
        var second = tural.submit(tural.open(APPLY), FORM, Map.of("reason", "REPLACEMENT"));
        String firstId = applicationIdOf(first.redirect());
        String secondId = applicationIdOf(second.redirect());

        Document list = tural.open("/applications").doc();

        List<String> order = list.select("tr[data-id]").eachAttr("data-id");
        assertThat(order.indexOf(secondId)).isLessThan(order.indexOf(firstId));
        var row = list.selectFirst("tr[data-id=" + secondId + "]");
        assertThat(row.selectFirst("a").text()).isEqualTo("təsdiq gözləyir");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/applications/" + secondId + "/confirm");
        assertThat(row.selectFirst(".status").text()).isEqualTo("Göndərildi (təsdiq gözlənilir)");
        assertThat(row.selectFirst("time").text()).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
        tural.post("/applications/" + firstId + "/cancel");
        tural.post("/applications/" + secondId + "/cancel");
    }

    @Test
    void aCitizenWithoutApplicationsSeesAnEmptyListAndGarbageAddressesAreNotFound() throws Exception {
        PortalBrowser newcomer = PortalBrowser.signedIn(mvc, "7XYZ8W9");
        Document empty = newcomer.open("/applications").doc();
        assertThat(empty.select("table")).isEmpty();
        assertThat(empty.selectFirst(".empty").text()).isEqualTo("Hələ müraciətiniz yoxdur.");

        for (String path : List.of("/applications/nonsense", "/applications/AS-2026-999999",
                "/applications/'--/act.pdf", "/applications/" + "x".repeat(300) + "/confirm")) {
            assertThat(newcomer.open(path).status()).as(path).isEqualTo(404);
        }
        assertThat(newcomer.post("/applications/nonsense/confirm").status()).isEqualTo(404);
    }

    private List<String> history(String id) {
        return caseFiles.caseOf(DemoCitizens.RASHAD, id).history().stream().map(CaseDetails.Step::status).toList();
    }

    private TestCitizen newCitizenWithAYasamalCode() {
        int n = SEQUENCE.incrementAndGet();
        String fin = "T%05dZ".formatted(n);
        String code = "9%07d".formatted(n);
        Instant now = Instant.now();
        subscribers.save(new Subscriber(code, Utility.AZERSU, fin, "Nərgiz Səfərova",
                "Bakı, Yasamal r., Sınaq küç. " + n, "Yasamal"));
        Citizen citizen = new Citizen(fin, "Nərgiz", "Səfərova", "Elşən qızı", "+994515550011", now);
        citizen.contactMobileVerified("+994515550011", now);
        citizen.emailVerified("nergiz.seferova@example.az", now);
        citizens.save(citizen);
        linkedSubscribers.link(fin, code);
        return new TestCitizen(fin, code);
    }

    record TestCitizen(String fin, String code) {
    }

    private static String applicationIdOf(String redirect) {
        assertThat(redirect).as("redirected to the confirmation step").isNotNull();
        Matcher matcher = CONFIRM_PAGE.matcher(redirect);
        assertThat(matcher.matches()).as(redirect).isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> facts(Document page) {
        var terms = page.select("dl.entered-data dt");
        var values = page.select("dl.entered-data dd");
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            facts.put(terms.get(i).text(), values.get(i).text());
        }
        return facts;
    }
}
