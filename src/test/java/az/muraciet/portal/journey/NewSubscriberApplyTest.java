package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import az.muraciet.casefile.Applications;
import az.muraciet.document.TestDocuments;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.portal.PortalBrowser.FileToSend;
import az.muraciet.security.DemoCitizens;

/**
 * Azərsu's new subscriber registration in the portal: no subscriber code needed, the service's own start form with the
 * applicant from the registry, a file input for each document the service takes (its rows in e_service_document), the
 * files checked by content with every refusal beside its input and nothing stored, the documents listed on the
 * confirmation and case pages and downloadable by the applicant only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewSubscriberApplyTest {

    static final String APPLY = "/services/NEW_SUBSCRIBER_REGISTRATION/apply";
    static final String FORM = ApplyFormTest.FORM;

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theApplyPageAsksForThePlaceAndTheDocumentsAndNoSubscriberCode() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).open(APPLY).doc();

        assertThat(page.select(".no-codes")).as("a new subscriber has no code to link first").isEmpty();
        Element form = page.selectFirst(FORM);
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.attr("action")).as("the CSRF token also in the address, for an upload too big to be read")
                .startsWith(APPLY + "?_csrf=");
        Set<String> rendered = new LinkedHashSet<>(form.select("input[name], select[name], textarea[name]").eachAttr("name"));
        rendered.removeAll(Set.of("_csrf", "_draft"));
        assertThat(rendered).containsExactlyInAnyOrder("applicantName", "applicantFin", "district", "street", "building",
                "flat", "personsServed", "serviceType", "phone", "email", "notes", "ID_CARD", "PROPERTY_DOCUMENT", "OTHER");
        assertThat(form.selectFirst("input[name=applicantName]").val()).isEqualTo("Əliyev Rəşad Kamal oğlu");
        assertThat(form.selectFirst("input[name=applicantName]").hasAttr("disabled")).isTrue();
        assertThat(form.selectFirst("input[name=applicantFin]").val()).isEqualTo(DemoCitizens.RASHAD);
        assertThat(form.select("select[name=district] option:not([value=''])").eachAttr("value"))
                .contains("Yasamal", "Nəsimi", "Xətai");
        assertThat(form.selectFirst("input[name=phone]").val()).isEqualTo("+994501234567");

        Element idCard = form.selectFirst("input[type=file][name=ID_CARD]");
        assertThat(idCard.attr("accept")).isEqualTo("application/pdf,image/jpeg");
        assertThat(idCard.hasAttr("multiple")).isTrue();
        assertThat(idCard.hasAttr("required")).isTrue();
        assertThat(page.selectFirst("label[for=" + idCard.id() + "]").text())
                .isEqualTo("Şəxsiyyət vəsiqəsinin surəti (ön və arxa tərəfi) *");
        assertThat(form.selectFirst("input[type=file][name=OTHER]").hasAttr("required")).isFalse();
        assertThat(page.selectFirst("#documents-hint").text()).contains("5 MB", "məzmununa görə");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void theEnglishPageNamesTheDocumentsInEnglish() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).inEnglish().open(APPLY).doc();

        assertThat(page.select("#documents label").eachText()).contains("Copy of the identity card (front and back) *",
                "Other document (e.g. power of attorney)");
    }

    @Test
    void theDocumentsGoWithTheApplicationToConfirmationAndTheCasePageAndOnlyTheApplicantDownloadsThem() throws Exception {
        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        byte[] property = TestDocuments.pdf("Cixaris");
        byte[] front = TestDocuments.jpeg(5000);

        PortalBrowser.Page confirm = tural.submitWithFiles(tural.open(APPLY), FORM, place("Nəsimi"), List.of(
                new FileToSend("ID_CARD", "C:\\Users\\tural\\vesiqe on.jpg", "image/jpeg", front),
                new FileToSend("ID_CARD", "vesiqe-arxa.jpg", "image/jpeg", TestDocuments.jpeg(4000)),
                new FileToSend("PROPERTY_DOCUMENT", "çıxarış.pdf", "application/pdf", property)));

        assertThat(confirm.path()).matches("/applications/[0-9a-f-]{36}/confirm");
        assertThat(confirm.doc().select(".attached-documents li").eachText()).containsExactly(
                "Şəxsiyyət vəsiqəsinin surəti (ön və arxa tərəfi): vesiqe on.jpg (5 KB)",
                "Şəxsiyyət vəsiqəsinin surəti (ön və arxa tərəfi): vesiqe-arxa.jpg (4 KB)",
                "Daşınmaz əmlaka mülkiyyət hüququnu təsdiq edən sənəd (reyestrdən çıxarış): çıxarış.pdf (" + kb(property) + ")");
        assertThat(confirm.doc().select(".entered-data dd").eachText()).contains("Nəsimi", "Bakıxanov küç.", "25",
                "Su təchizatı və tullantı sularının axıdılması");
        String id = confirm.path().split("/")[2];

        PortalBrowser.Page registered = tural.submit("form[action=/applications/" + id + "/confirm]");
        assertThat(registered.text(".case-number strong")).matches("AY-\\d{4}-\\d{6}");
        assertThat(registered.has(".subscriber-code")).as("no code until one is issued").isFalse();
        List<Element> links = registered.doc().select(".attached-documents a");
        assertThat(links).extracting(Element::text).containsExactly("vesiqe on.jpg", "vesiqe-arxa.jpg", "çıxarış.pdf");

        PortalBrowser.Page download = tural.open(links.get(2).attr("href"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.response().getContentType()).isEqualTo("application/pdf");
        assertThat(download.response().getContentAsByteArray()).isEqualTo(property);
        assertThat(download.response().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%C3%A7%C4%B1xar%C4%B1%C5%9F.pdf");
        assertThat(tural.open(links.get(0).attr("href")).response().getContentAsByteArray()).isEqualTo(front);

        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        for (Element link : links) {
            assertThat(rashad.open(link.attr("href")).status()).as("someone else's document").isEqualTo(404);
        }
        String otherCase = rashad.submitWithFiles(rashad.open(APPLY), FORM, place("Yasamal"), documents()).path().split("/")[2];
        assertThat(tural.open("/applications/" + id + "/documents/" + documentOf(otherCase)).status())
                .as("a document of another case under one's own case").isEqualTo(404);
    }

    @Test
    void withdrawingToCorrectKeepsTheDocumentsUnlessNewFilesAreChosen() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        byte[] property = TestDocuments.pdf("Cixaris");
        PortalBrowser.Page confirm = rashad.submitWithFiles(rashad.open(APPLY), FORM, place("Yasamal"), List.of(
                new FileToSend("ID_CARD", "kohne-vesiqe.jpg", "image/jpeg", TestDocuments.jpeg(1200)),
                new FileToSend("PROPERTY_DOCUMENT", "cixaris.pdf", "application/pdf", property)));
        String first = confirm.path().split("/")[2];

        PortalBrowser.Page reopened = rashad.submit("form[action=/applications/" + first + "/cancel]");

        assertThat(reopened.text(".correcting")).isNotNull();
        assertThat(reopened.doc().select(".earlier-documents li").eachText()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("cixaris.pdf"));
        byte[] newIdCard = TestDocuments.jpeg(2500);
        PortalBrowser.Page corrected = rashad.submitWithFiles(reopened, FORM, Map.of("building", "27"), List.of(
                new FileToSend("ID_CARD", "yeni-vesiqe.jpg", "image/jpeg", newIdCard)));

        assertThat(corrected.path()).matches("/applications/[0-9a-f-]{36}/confirm");
        String second = corrected.path().split("/")[2];
        assertThat(second).isNotEqualTo(first);
        assertThat(corrected.doc().select(".attached-documents .document__name").eachText())
                .as("the new identity card replaces the old one; the ownership document goes on")
                .containsExactly("yeni-vesiqe.jpg", "cixaris.pdf");
        assertThat(jdbc.queryForObject("select content from case_document where application_id = ? and slot_code = ?",
                byte[].class, second, "PROPERTY_DOCUMENT")).isEqualTo(property);
        assertThat(jdbc.queryForObject("select content from case_document where application_id = ? and slot_code = ?",
                byte[].class, second, "ID_CARD")).isEqualTo(newIdCard);

        PortalBrowser tural = PortalBrowser.signedIn(mvc, DemoCitizens.TURAL);
        PortalBrowser.Page turalsOwn = tural.open(APPLY);
        long turalsCases = applications.count();
        PortalBrowser.Page notHis = tural.submitWithFiles(turalsOwn, FORM, Map.of("_documentsFrom", first, "district",
                "Yasamal", "street", "Küçə", "building", "1", "personsServed", "1", "serviceType", "WATER"), List.of());
        assertThat(notHis.status()).as("someone else's withdrawn application lends no documents").isEqualTo(422);
        assertThat(notHis.has("#doc-PROPERTY_DOCUMENT-error")).isTrue();
        assertThat(applications.count()).isEqualTo(turalsCases);
    }

    @Test
    void aFileThatOnlyPretendsToBeAPdfAndAMissingDocumentAreRefusedBesideTheirInputsAndNothingIsStored() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        long cases = applications.count();
        long stored = storedDocuments();

        PortalBrowser.Page refused = rashad.submitWithFiles(rashad.open(APPLY), FORM, place("Yasamal"), List.of(
                new FileToSend("ID_CARD", "vesiqe.pdf", "application/pdf", TestDocuments.htmlPretendingToBePdf())));

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.doc();
        assertThat(page.selectFirst("#doc-ID_CARD-error").text())
                .contains("vesiqe.pdf: fayl PDF və ya JPEG deyil (faylın adı yox, məzmunu yoxlanılır)");
        assertThat(page.selectFirst("#doc-ID_CARD").attr("aria-describedby")).contains("doc-ID_CARD-error");
        assertThat(page.selectFirst("#doc-PROPERTY_DOCUMENT-error").text())
                .contains("Sənəd əlavə edilməyib: Daşınmaz əmlaka mülkiyyət hüququnu təsdiq edən sənəd");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#doc-ID_CARD", "#doc-PROPERTY_DOCUMENT");
        assertThat(page.selectFirst("input[name=street]").val()).as("the form keeps what was typed")
                .isEqualTo("Bakıxanov küç.");
        assertThat(page.selectFirst(".files-again")).as("files cannot be kept: the citizen is told").isNotNull();
        assertThat(applications.count()).isEqualTo(cases);
        assertThat(storedDocuments()).isEqualTo(stored);
    }

    @Test
    void aFileOverTheLimitIsRefusedBesideItsInputAndAFieldLeftEmptyBesideItsOwnAllAtOnce() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        long cases = applications.count();
        Map<String, String> noStreet = new HashMap<>(place("Yasamal"));
        noStreet.put("street", "");

        PortalBrowser.Page refused = rashad.submitWithFiles(rashad.open(APPLY), FORM, noStreet, List.of(
                new FileToSend("ID_CARD", "vesiqe.jpg", "image/jpeg", TestDocuments.jpeg(2000)),
                new FileToSend("PROPERTY_DOCUMENT", "boyuk.pdf", "application/pdf",
                        TestDocuments.pdfOfSize(5 * 1024 * 1024 + 1))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("#doc-PROPERTY_DOCUMENT-error")).contains("boyuk.pdf: fayl çox böyükdür, ən çox 5 MB");
        assertThat(refused.text("#doc-ID_CARD-error")).isNull();
        assertThat(refused.doc().select(".error-summary a").eachAttr("href")).contains("#f-street", "#doc-PROPERTY_DOCUMENT");
        assertThat(applications.count()).isEqualTo(cases);
    }

    @Test
    void anUploadTheServerWouldNotReadSendsTheCitizenBackWithTheMessageBesideThatDocument() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).open(APPLY + "?tooLarge=PROPERTY_DOCUMENT").doc();

        assertThat(page.selectFirst("#doc-PROPERTY_DOCUMENT-error").text()).contains("fayl çox böyükdür, ən çox 5 MB");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#doc-PROPERTY_DOCUMENT");

        Document unknownSlot = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).open(APPLY + "?tooLarge=<b>x</b>").doc();
        assertThat(unknownSlot.select("#documents .field-error").text()).contains("Göndərilən fayllar çox böyükdür");
        assertThat(unknownSlot.html()).doesNotContain("<b>x</b>");
    }

    @Test
    void aMultipartPostWithoutTheCsrfTokenIsRefused() throws Exception {
        long cases = applications.count();

        mvc.perform(MockMvcRequestBuilders.multipart(APPLY)
                        .file(new MockMultipartFile("ID_CARD", "v.jpg", "image/jpeg", TestDocuments.jpeg(100)))
                        .file(new MockMultipartFile("PROPERTY_DOCUMENT", "c.pdf", "application/pdf", TestDocuments.pdf("x")))
                        .params(org.springframework.util.CollectionUtils.toMultiValueMap(Map.of(
                                "district", List.of("Yasamal"), "street", List.of("Küçə"), "building", List.of("1"),
                                "personsServed", List.of("2"), "serviceType", List.of("WATER"),
                                "phone", List.of("0501234567"), "email", List.of("a@b.az"))))
                        .with(user(DemoCitizens.RASHAD).roles("CITIZEN")))
                .andExpect(status().isForbidden());
        assertThat(applications.count()).isEqualTo(cases);
    }

    private static Map<String, String> place(String district) {
        Map<String, String> values = new HashMap<>();
        values.put("district", district);
        values.put("street", "Bakıxanov küç.");
        values.put("building", "25");
        values.put("flat", "7");
        values.put("personsServed", "4");
        values.put("serviceType", "WATER_AND_SEWERAGE");
        values.put("email", "vetendas@example.az");
        return values;
    }

    private static List<FileToSend> documents() {
        return List.of(new FileToSend("ID_CARD", "v.jpg", "image/jpeg", TestDocuments.jpeg(1500)),
                new FileToSend("PROPERTY_DOCUMENT", "c.pdf", "application/pdf", TestDocuments.pdf("Cixaris")));
    }

    private static String kb(byte[] content) {
        return content.length < 1024 ? content.length + " B" : Math.round(content.length / 1024.0) + " KB";
    }

    private long storedDocuments() {
        return jdbc.queryForObject("select count(*) from case_document", Long.class);
    }

    private String documentOf(String applicationId) {
        return jdbc.queryForObject("select id from case_document where application_id = ? order by position limit 1",
                String.class, applicationId);
    }
}
