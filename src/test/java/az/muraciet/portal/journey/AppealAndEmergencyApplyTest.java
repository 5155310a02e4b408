package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.document.TestDocuments;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.portal.PortalBrowser.FileToSend;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/**
 * Azərsu's electronic appeal and emergency service in the portal: their own start forms drawn on the apply page with
 * no Java of their own, open to a citizen without any subscriber code, refusals beside the field with nothing
 * stored; the appeal confirmed and its answer read on the case page; the accident registered at once, without a
 * confirmation step, with or without its optional photo (a JPEG, refused beside its input when it is not one).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppealAndEmergencyApplyTest {

    static final String APPEAL = "/services/ELECTRONIC_APPEAL/apply";
    static final String EMERGENCY = "/services/EMERGENCY_SERVICE/apply";
    static final String FORM = ApplyFormTest.FORM;
    static final String ANSWER = "Hörmətli vətəndaş, Yasamal rayonunda kanalizasiya xətti təmizləndi.\nTəşəkkür edirik.";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired CitizenAccounts citizens;
    @Autowired CaseScenarios cases;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCatalogueListsBothServicesWithTheirApplyLinks() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).open("/services").doc();

        assertThat(page.select(".card h2").eachText()).contains("Elektron müraciət", "Qəza xidməti");
        assertThat(page.select("a[href=" + APPEAL + "]")).isNotEmpty();
        assertThat(page.select("a[href=" + EMERGENCY + "]")).isNotEmpty();
    }

    @Test
    void aCitizenWithoutSubscriberCodesAppealsNamingTheDistrictAndReadsTheAnswerOnTheCasePage() throws Exception {
        PortalBrowser citizen = PortalBrowser.signedIn(mvc, newCitizenWithoutCodes());
        Document form = citizen.open(APPEAL).doc();
        assertThat(form.select(".no-codes")).as("no code needed").isEmpty();
        assertThat(fieldsOf(form)).containsExactlyInAnyOrder("topic", "subscriberCode", "district", "appealText",
                "phone", "email");
        assertThat(form.select("select[name=subscriberCode] option:not([value=''])")).isEmpty();
        assertThat(form.select("select[name=topic] option:not([value=''])").eachText()).containsExactly(
                "Hesab və ödənişlər", "Suyun keyfiyyəti", "Su təchizatının kəsilməsi", "Kanalizasiya", "Sayğac", "Digər");
        assertThat(form.selectFirst("input[name=phone]").val()).isEqualTo("+994515550022");
        long before = applications.count();

        var refused = citizen.submit(citizen.open(APPEAL), FORM, Map.of("topic", "SEWER",
                "appealText", "Həyətdə kanalizasiya quyusu daşıb, iy gəlir"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(refused.doc(), "district")).contains("rayon mütləqdir");
        assertThat(applications.count()).isEqualTo(before);

        var submitted = citizen.submit(citizen.open(APPEAL), FORM, Map.of("topic", "SEWER", "district", "Yasamal",
                "appealText", "Həyətdə kanalizasiya quyusu daşıb, iy gəlir"));
        assertThat(submitted.redirect()).matches("/applications/[0-9a-f-]{36}/confirm");
        String id = submitted.redirect().split("/")[2];
        var confirmed = citizen.submit(citizen.open(submitted.redirect()), "form[action$=/confirm]", Map.of());
        assertThat(confirmed.doc().selectFirst(".registered .case-number strong").text()).matches("AM-\\d{4}-\\d{6}");
        cases.runDueJobs();
        cases.draftAnswer(id, ANSWER);
        cases.approveAnswer(id);

        Document casePage = citizen.open("/applications/" + id).doc();
        assertThat(casePage.selectFirst(".current-status").text()).isEqualTo("Cavablandırıldı");
        assertThat(casePage.select("li[data-status=ANSWERED] .timeline__note").text())
                .isEqualTo(ANSWER.replace('\n', ' '));
        assertThat(casePage.select("dl.case-facts dt").eachText()).doesNotContain("Abonent kodu");
    }

    @Test
    void aServiceThatNeedsACodeStillSendsACitizenWithoutOneToTheProfile() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, newCitizenWithoutCodes()).open(ApplyFormTest.APPLY).doc();

        assertThat(page.select(".no-codes")).isNotEmpty();
        assertThat(page.selectFirst(FORM)).isNull();
    }

    @Test
    void anAccidentIsRegisteredAtOnceWithoutAConfirmationStepAndDispatched() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        Document form = tural.open(EMERGENCY).doc();
        assertThat(fieldsOf(form)).containsExactlyInAnyOrder("accidentKind", "district", "street", "building",
                "description", "phone", "email", "PHOTO");
        assertThat(form.select("input[name=accidentKind]").eachAttr("value")).containsExactly("NO_WATER", "LEAK",
                "SEWER_OVERFLOW");
        assertThat(form.text()).contains("955");
        long before = applications.count();

        var refused = tural.submit(tural.open(EMERGENCY), FORM, Map.of("accidentKind", "NO_WATER",
                "district", "Yasamal", "building", "3", "description", "Səhərdən su yoxdur"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(ApplyFormTest.errorBeside(refused.doc(), "street")).isNotBlank();
        assertThat(applications.count()).isEqualTo(before);

        var reported = tural.submitWithFiles(tural.open(EMERGENCY), FORM, accident(), List.of());

        assertThat(reported.redirect()).as("straight to the case, no confirmation step")
                .matches("/applications/[0-9a-f-]{36}\\?done=registered");
        String id = reported.redirect().substring("/applications/".length(), reported.redirect().indexOf('?'));
        Document page = reported.doc();
        Application application = applications.findById(id).orElseThrow();
        assertThat(application.number()).matches("AQ-\\d{4}-\\d{6}");
        assertThat(page.selectFirst(".registered .case-number strong").text()).isEqualTo(application.number());
        assertThat(page.select(".awaiting")).isEmpty();
        assertThat(page.select(".attached-documents")).as("the photo is optional").isEmpty();
        cases.runDueJobs();
        assertThat(tural.open("/applications/" + id).doc().selectFirst(".current-status").text())
                .isEqualTo("Qəza briqadasına göndərildi");
        assertThat(tural.open("/applications/" + id + "/confirm").redirect()).isEqualTo("/applications/" + id);
    }

    @Test
    void theAccidentFormOffersAnOptionalJpegPhotoWithItsHint() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).open(EMERGENCY).doc();

        Element form = page.selectFirst(FORM);
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        Element photo = form.selectFirst("input[type=file][name=PHOTO]");
        assertThat(photo.attr("accept")).isEqualTo("image/jpeg");
        assertThat(photo.hasAttr("required")).as("optional").isFalse();
        assertThat(photo.hasAttr("multiple")).isFalse();
        assertThat(page.selectFirst("label[for=" + photo.id() + "]").text()).isEqualTo("Qəza yerinin şəkli");
        assertThat(page.selectFirst("#" + photo.attr("aria-describedby")).text()).startsWith("İstəyə bağlıdır.")
                .contains("briqadaya", "JPEG; bir fayl");
        assertThat(page.selectFirst("#documents-hint").text()).contains("JPEG formatında", "5 MB").doesNotContain("PDF");

        Document english = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL).inEnglish().open(EMERGENCY).doc();
        Element inEnglish = english.selectFirst("input[type=file][name=PHOTO]");
        assertThat(english.selectFirst("label[for=" + inEnglish.id() + "]").text()).isEqualTo("Photo of the accident");
        assertThat(english.selectFirst("#" + inEnglish.attr("aria-describedby")).text()).startsWith("Optional.")
                .contains("JPEG; one file");
        assertThat(english.selectFirst("#documents-hint").text()).startsWith("Attach the files as JPEG, at most 5 MB");
    }

    @Test
    void anAccidentReportedWithAPhotoIsRegisteredAtOnceAndThePhotoIsOnTheCasePage() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        byte[] photo = TestDocuments.jpeg(90_000);

        PortalBrowser.Page registered = tural.submitWithFiles(tural.open(EMERGENCY), FORM, accident(), List.of(
                new FileToSend("PHOTO", "IMG_0007.jpg", "image/jpeg", photo)));

        assertThat(registered.redirect()).matches("/applications/[0-9a-f-]{36}\\?done=registered");
        String id = registered.redirect().substring("/applications/".length(), registered.redirect().indexOf('?'));
        assertThat(registered.text(".registered .case-number strong")).matches("AQ-\\d{4}-\\d{6}");
        assertThat(registered.doc().select(".attached-documents li").eachText())
                .containsExactly("Qəza yerinin şəkli: IMG_0007.jpg (88 KB)");
        PortalBrowser.Page download = tural.open(registered.doc().selectFirst(".attached-documents a").attr("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.response().getContentType()).isEqualTo("image/jpeg");
        assertThat(download.response().getContentAsByteArray()).isEqualTo(photo);
        assertThat(jdbc.queryForObject("select content from case_document where application_id = ? and slot_code = ?",
                byte[].class, id, "PHOTO")).isEqualTo(photo);
    }

    @Test
    void aPdfAsThePhotoIsRefusedBesideTheFileInputAndNothingIsStored() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        long cases = applications.count();
        long documents = jdbc.queryForObject("select count(*) from case_document", Long.class);

        PortalBrowser.Page refused = tural.submitWithFiles(tural.open(EMERGENCY), FORM, accident(), List.of(
                new FileToSend("PHOTO", "sekil.jpg", "image/jpeg", TestDocuments.pdf("akt"))));

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.doc();
        assertThat(page.selectFirst("#doc-PHOTO-error").text())
                .contains("sekil.jpg: fayl JPEG deyil (faylın adı yox, məzmunu yoxlanılır)");
        assertThat(page.selectFirst("#doc-PHOTO").attr("aria-describedby")).contains("doc-PHOTO-error");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#doc-PHOTO");
        assertThat(page.selectFirst("input[name=street]").val()).as("the form keeps what was typed")
                .isEqualTo("Cəfər Cabbarlı küç.");
        assertThat(applications.count()).isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from case_document", Long.class)).isEqualTo(documents);
    }

    private static Map<String, String> accident() {
        return Map.of("accidentKind", "NO_WATER", "district", "Yasamal", "street", "Cəfər Cabbarlı küç.",
                "building", "3", "description", "Səhərdən su yoxdur");
    }

    private static Set<String> fieldsOf(Document page) {
        Element form = page.selectFirst(FORM);
        assertThat(form).isNotNull();
        Set<String> rendered = new LinkedHashSet<>(form.select("input[name], select[name], textarea[name]").eachAttr("name"));
        rendered.removeAll(List.of("_csrf", "_draft"));
        return rendered;
    }

    /** A citizen of this test's own, with confirmed contact details and no subscriber code at all. */
    private String newCitizenWithoutCodes() {
        String fin = "A%05dQ".formatted(SEQUENCE.incrementAndGet());
        Instant now = Instant.now();
        Citizen citizen = new Citizen(fin, "Səbinə", "Quliyeva", "Rauf qızı", "+994515550022", now);
        citizen.contactMobileVerified("+994515550022", now);
        citizen.emailVerified("sebine.quliyeva@example.az", now);
        citizens.save(citizen);
        return fin;
    }
}
