package az.muraciet.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.muraciet.HttpCalls;
import az.muraciet.HttpCalls.Answer;
import az.muraciet.HttpCalls.Login;
import az.muraciet.MultipartBody;
import az.muraciet.document.TestDocuments;
import az.muraciet.security.DemoCitizens;

/**
 * Applications with documents over real HTTP ({@code multipart/form-data}: the application as JSON, each file named
 * by its slot): the type decided by the content, the size limit ours (5 MB, the slot named) and the server's (413,
 * the slot named), every refusal an RFC 7807 problem naming the field, and nothing stored unless all is right.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationDocumentsApiTest {

    static final Login RASHAD = new Login(DemoCitizens.RASHAD, DemoCitizens.PASSWORD);
    static final String SERVICE = TestApplications.NEW_SUBSCRIBER;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpCalls http;
    private final JdbcTemplate jdbc;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    ApplicationDocumentsApiTest(@LocalServerPort int port, JdbcTemplate jdbc) {
        this.port = port;
        this.http = new HttpCalls(port);
        this.jdbc = jdbc;
    }

    @Test
    void theCatalogueSaysTheServiceNeedsNoSubscriberCodeAndWhichDocumentsItTakes() {
        Answer services = http.get("/api/v1/services", RASHAD);
        JsonNode service = StreamSupport.stream(services.json().spliterator(), false)
                .filter(s -> s.path("code").asText().equals(SERVICE)).findFirst().orElseThrow();
        assertThat(service.path("subscriberCodeRequired").asBoolean()).isFalse();
        assertThat(service.path("utility").asText()).isEqualTo("AZERSU");

        Answer slots = http.get("/api/v1/services/" + SERVICE + "/documents", RASHAD);

        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.json().findValuesAsText("code")).containsExactly("ID_CARD", "PROPERTY_DOCUMENT", "OTHER");
        JsonNode idCard = slots.json().get(0);
        assertThat(idCard.path("required").asBoolean()).isTrue();
        assertThat(idCard.path("maxCount").asInt()).isEqualTo(2);
        assertThat(idCard.path("contentTypes").toString()).isEqualTo("[\"application/pdf\",\"image/jpeg\"]");
        assertThat(idCard.path("maxSizeBytes").asLong()).isEqualTo(5L * 1024 * 1024);
        assertThat(slots.json().get(2).path("required").asBoolean()).isFalse();
    }

    @Test
    void anApplicationWithItsDocumentsIsStoredWithTheFilesIntactAndTheTypeFoundInTheContent() throws Exception {
        byte[] front = TestDocuments.jpeg(40_000);
        byte[] property = TestDocuments.pdf("Reyestrden cixaris");
        MultipartBody body = application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "front.jpg", "application/octet-stream", front)
                .file("PROPERTY_DOCUMENT", "cixaris.pdf", "image/png", property);

        Reply submitted = post(body, RASHAD);

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String id = submitted.json().path("id").asText();
        assertThat(submitted.json().path("status").asText()).isEqualTo("SUBMITTED");
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select slot_code, file_name, content_type, size_bytes, sha256, content from case_document
                where application_id = ? order by position""", id);
        assertThat(stored).extracting(r -> r.get("SLOT_CODE"), r -> r.get("FILE_NAME"), r -> r.get("CONTENT_TYPE"),
                r -> ((Number) r.get("SIZE_BYTES")).longValue()).containsExactly(
                tuple("ID_CARD", "front.jpg", "image/jpeg", (long) front.length),
                tuple("PROPERTY_DOCUMENT", "cixaris.pdf", "application/pdf", (long) property.length));
        assertThat((byte[]) stored.get(0).get("CONTENT")).isEqualTo(front);
        assertThat((byte[]) stored.get(1).get("CONTENT")).isEqualTo(property);
        assertThat(stored.get(1).get("SHA256")).isEqualTo(sha256(property));
        assertThat(jdbc.queryForObject("select subscriber_code from application where id = ?", String.class, id)).isNull();

        Answer confirmed = http.post("/api/v1/applications/" + id + "/confirm", RASHAD, null);
        String number = confirmed.json().path("number").asText();
        assertThat(number).matches("AY-\\d{4}-\\d{6}");

        Answer listed = http.get("/api/v1/applications/" + number + "/documents", RASHAD);
        assertThat(listed.json().findValuesAsText("fileName")).containsExactly("front.jpg", "cixaris.pdf");
        assertThat(listed.json().get(1).path("sha256").asText()).isEqualTo(sha256(property));
        String documentId = listed.json().get(1).path("id").asText();
        HttpResponse<byte[]> download = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/applications/" + number + "/documents/" + documentId))
                .header("Authorization", basic(RASHAD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(property);
        Login tural = new Login(DemoCitizens.TURAL, DemoCitizens.PASSWORD);
        assertThat(http.get("/api/v1/applications/" + number + "/documents", tural).status()).isEqualTo(404);
        assertThat(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applications/"
                + number + "/documents/" + documentId)).header("Authorization", basic(tural)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as("someone else's document").isEqualTo(404);
    }

    @Test
    void aFileNamedPdfThatIsNotOneIsRefusedNamingItsSlotAndNothingIsStored() throws Exception {
        long[] before = counts();
        MultipartBody body = application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "vesiqe.pdf", "application/pdf", TestDocuments.htmlPretendingToBePdf())
                .file("ID_CARD", "arxa.jpg", "image/jpeg", TestDocuments.png())
                .file("PROPERTY_DOCUMENT", "cixaris.pdf", "application/pdf", TestDocuments.pdf("ok"));

        Reply refused = post(body, RASHAD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mediaType()).isEqualTo("application/problem+json");
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(errors(refused)).containsExactly(tuple("documents.ID_CARD", "type"), tuple("documents.ID_CARD", "type"));
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .startsWith("vesiqe.pdf: fayl PDF və ya JPEG deyil").contains("the file is not a PDF or JPEG");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileOverOurLimitIsRefusedNamingItsSlot() throws Exception {
        long[] before = counts();
        MultipartBody body = application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "vesiqe.jpg", "image/jpeg", TestDocuments.jpeg(1000))
                .file("PROPERTY_DOCUMENT", "boyuk.pdf", "application/pdf", TestDocuments.pdfOfSize(5 * 1024 * 1024 + 1));

        Reply refused = post(body, RASHAD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsExactly(tuple("documents.PROPERTY_DOCUMENT", "maxSize"));
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("ən çox 5 MB", "at most 5 MB");
        assertThat(counts()).isEqualTo(before);

        MultipartBody justRight = application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "vesiqe.jpg", "image/jpeg", TestDocuments.jpeg(1000))
                .file("PROPERTY_DOCUMENT", "tam.pdf", "application/pdf", TestDocuments.pdfOfSize(5 * 1024 * 1024));
        assertThat(post(justRight, RASHAD).status()).as("exactly the limit is taken").isEqualTo(201);
    }

    @Test
    void aFileOverTheServersLimitIsNotReadAndAnswered413NamingItsSlot() throws Exception {
        long[] before = counts();
        MultipartBody body = application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "vesiqe.jpg", "image/jpeg", TestDocuments.jpeg(1000))
                .file("PROPERTY_DOCUMENT", "nehəng.pdf", "application/pdf", TestDocuments.pdfOfSize(21 * 1024 * 1024));

        Reply refused = post(body, RASHAD);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.mediaType()).isEqualTo("application/problem+json");
        assertThat(errors(refused)).containsExactly(tuple("documents.PROPERTY_DOCUMENT", "maxSize"));
        assertThat(counts()).isEqualTo(before);
        assertThat(http.get("/api/v1/applications", RASHAD).status()).as("the server goes on answering").isEqualTo(200);
    }

    @Test
    void aMissingRequiredDocumentAnUnknownSlotAndTooManyFilesAreRefusedTogether() throws Exception {
        long[] before = counts();
        MultipartBody body = application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "1.jpg", "image/jpeg", TestDocuments.jpeg(100))
                .file("ID_CARD", "2.jpg", "image/jpeg", TestDocuments.jpeg(100))
                .file("ID_CARD", "3.jpg", "image/jpeg", TestDocuments.jpeg(100))
                .file("PASSPORT", "pasport.pdf", "application/pdf", TestDocuments.pdf("x"))
                .file("OTHER", "bos.pdf", "application/pdf", new byte[0]);

        Reply refused = post(body, RASHAD);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(errors(refused)).containsExactlyInAnyOrder(tuple("documents.PASSPORT", "unknown"),
                tuple("documents.ID_CARD", "maxCount"), tuple("documents.PROPERTY_DOCUMENT", "required"),
                tuple("documents.OTHER", "empty"));
        assertThat(refused.text()).contains("Document missing: Document proving ownership of the property");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void withoutItsDocumentsOrWithACodeOrTheRegistrysFieldsTheApplicationIsRefused() throws Exception {
        long[] before = counts();

        Answer withoutFiles = http.post("/api/v1/applications", RASHAD, TestApplications.newSubscriber("Yasamal"));
        assertThat(withoutFiles.status()).isEqualTo(400);
        assertThat(withoutFiles.json().findValuesAsText("field")).containsExactly("documents.ID_CARD",
                "documents.PROPERTY_DOCUMENT");

        Answer withCode = http.post("/api/v1/applications", RASHAD,
                new SubmitApplicationRequest(SERVICE, "10000001", TestApplications.newSubscriberData("Yasamal")));
        assertThat(withCode.status()).isEqualTo(400);
        assertThat(withCode.json().findValuesAsText("code")).containsExactly("notExpected");

        Map<String, Object> forged = new java.util.HashMap<>(TestApplications.newSubscriberData("Yasamal"));
        forged.put("applicantName", "Başqa Adam");
        Reply registryField = post(application(forged)
                .file("ID_CARD", "v.jpg", "image/jpeg", TestDocuments.jpeg(100))
                .file("PROPERTY_DOCUMENT", "c.pdf", "application/pdf", TestDocuments.pdf("c")), RASHAD);
        assertThat(registryField.status()).isEqualTo(400);
        assertThat(errors(registryField)).containsExactly(tuple("data.applicantName", "readOnly"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void withoutTheApplicationPartOrLoginNothingIsStored() throws Exception {
        long[] before = counts();
        MultipartBody onlyFiles = new MultipartBody().file("ID_CARD", "v.jpg", "image/jpeg", TestDocuments.jpeg(100));

        assertThat(post(onlyFiles, RASHAD).status()).isEqualTo(400);
        assertThat(post(application(TestApplications.newSubscriberData("Yasamal"))
                .file("ID_CARD", "v.jpg", "image/jpeg", TestDocuments.jpeg(100)), null).status()).isEqualTo(401);
        assertThat(counts()).isEqualTo(before);
    }

    // --- the emergency service's optional photo: a service registered at once, one JPEG at most ---------------

    @Test
    void theEmergencyServiceTakesOneOptionalJpegPhotoWithItsHint() throws Exception {
        Answer slots = http.get("/api/v1/services/" + TestApplications.EMERGENCY + "/documents", RASHAD);

        assertThat(slots.status()).isEqualTo(200);
        assertThat(slots.json().findValuesAsText("code")).containsExactly("PHOTO");
        JsonNode photo = slots.json().get(0);
        assertThat(photo.path("required").asBoolean()).isFalse();
        assertThat(photo.path("maxCount").asInt()).isEqualTo(1);
        assertThat(photo.path("contentTypes").toString()).isEqualTo("[\"image/jpeg\"]");
        assertThat(photo.path("labelAz").asText()).isEqualTo("Qəza yerinin şəkli");
        assertThat(photo.path("labelEn").asText()).isEqualTo("Photo of the accident");
        assertThat(photo.path("hintAz").asText()).startsWith("İstəyə bağlıdır.");
        assertThat(photo.path("hintEn").asText()).startsWith("Optional.");
        assertThat(http.get("/api/v1/services/" + SERVICE + "/documents", RASHAD).json().get(0).has("hintAz"))
                .as("a slot without a hint gives none").isFalse();
    }

    @Test
    void anAccidentReportWithAPhotoIsRegisteredAtOnceWithThePhotoStoredByteForByte() throws Exception {
        byte[] photo = TestDocuments.jpeg(250_000);
        MultipartBody body = application(TestApplications.EMERGENCY, TestApplications.emergencyData("Yasamal"))
                .file("PHOTO", "IMG_2041.jpg", "application/octet-stream", photo);

        Reply submitted = post(body, RASHAD);

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        assertThat(submitted.json().path("status").asText()).as("no confirmation step").isEqualTo("REGISTERED");
        String number = submitted.json().path("number").asText();
        assertThat(number).matches("AQ-\\d{4}-\\d{6}");
        String id = submitted.json().path("id").asText();
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select slot_code, file_name, content_type, size_bytes, sha256, content from case_document
                where application_id = ?""", id);
        assertThat(stored).extracting(r -> r.get("SLOT_CODE"), r -> r.get("FILE_NAME"), r -> r.get("CONTENT_TYPE"),
                r -> ((Number) r.get("SIZE_BYTES")).longValue(), r -> r.get("SHA256"))
                .containsExactly(tuple("PHOTO", "IMG_2041.jpg", "image/jpeg", (long) photo.length, sha256(photo)));
        assertThat((byte[]) stored.get(0).get("CONTENT")).isEqualTo(photo);

        Answer listed = http.get("/api/v1/applications/" + number + "/documents", RASHAD);
        HttpResponse<byte[]> download = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/applications/" + number + "/documents/" + listed.json().get(0).path("id").asText()))
                .header("Authorization", basic(RASHAD)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(download.body()).isEqualTo(photo);
    }

    @Test
    void anAccidentReportWithoutAPhotoIsRegisteredToo() throws Exception {
        long documentsBefore = counts()[1];

        Answer asJson = http.post("/api/v1/applications", RASHAD, TestApplications.emergency("Yasamal"));
        Reply multipartWithoutFiles = post(application(TestApplications.EMERGENCY,
                TestApplications.emergencyData("Nəsimi")), RASHAD);
        Reply fileInputLeftEmpty = post(application(TestApplications.EMERGENCY, TestApplications.emergencyData("Nəsimi"))
                .file("PHOTO", "", "application/octet-stream", new byte[0]), RASHAD);

        assertThat(asJson.status()).isEqualTo(201);
        assertThat(asJson.json().path("status").asText()).isEqualTo("REGISTERED");
        assertThat(multipartWithoutFiles.status()).as(multipartWithoutFiles.text()).isEqualTo(201);
        assertThat(multipartWithoutFiles.json().path("status").asText()).isEqualTo("REGISTERED");
        assertThat(fileInputLeftEmpty.status()).as(fileInputLeftEmpty.text()).isEqualTo(201);
        assertThat(counts()[1]).as("no document stored").isEqualTo(documentsBefore);
    }

    @Test
    void aPdfOrAnotherPictureTypeAsThePhotoIsRefusedNamingTheSlotAndNothingIsStored() throws Exception {
        long[] before = counts();

        Reply pdf = post(application(TestApplications.EMERGENCY, TestApplications.emergencyData("Yasamal"))
                .file("PHOTO", "sekil.jpg", "image/jpeg", TestDocuments.pdf("not a photo")), RASHAD);
        Reply png = post(application(TestApplications.EMERGENCY, TestApplications.emergencyData("Yasamal"))
                .file("PHOTO", "ekran.png", "image/png", TestDocuments.png()), RASHAD);
        Reply two = post(application(TestApplications.EMERGENCY, TestApplications.emergencyData("Yasamal"))
                .file("PHOTO", "1.jpg", "image/jpeg", TestDocuments.jpeg(500))
                .file("PHOTO", "2.jpg", "image/jpeg", TestDocuments.jpeg(500)), RASHAD);

        for (Reply refused : List.of(pdf, png)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.mediaType()).isEqualTo("application/problem+json");
            assertThat(errors(refused)).containsExactly(tuple("documents.PHOTO", "type"));
        }
        assertThat(pdf.json().path("errors").get(0).path("message").asText())
                .startsWith("sekil.jpg: fayl JPEG deyil").contains("the file is not a JPEG");
        assertThat(png.json().path("errors").get(0).path("message").asText()).startsWith("ekran.png: fayl JPEG deyil");
        assertThat(errors(two)).containsExactly(tuple("documents.PHOTO", "maxCount"));
        assertThat(counts()).as("no case, no document").isEqualTo(before);
    }

    private MultipartBody application(Map<String, Object> data) throws IOException {
        return application(SERVICE, data);
    }

    private MultipartBody application(String service, Map<String, Object> data) throws IOException {
        String json = JSON.writeValueAsString(Map.of("serviceCode", service, "data", data));
        return new MultipartBody().part("application", "application/json", json);
    }

    private Reply post(MultipartBody body, Login login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/applications"))
                .header("Content-Type", body.contentType()).header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (login != null) {
            request.header("Authorization", basic(login));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String basic(Login login) {
        return "Basic " + Base64.getEncoder().encodeToString((login.user() + ":" + login.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<org.assertj.core.groups.Tuple> errors(Reply reply) throws IOException {
        return StreamSupport.stream(reply.json().path("errors").spliterator(), false)
                .map(e -> tuple(e.path("field").asText(), e.path("code").asText())).toList();
    }

    /** Cases and stored documents. */
    private long[] counts() {
        return new long[] { jdbc.queryForObject("select count(*) from application", Long.class),
                jdbc.queryForObject("select count(*) from case_document", Long.class) };
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    record Reply(int status, String contentType, String text) {

        JsonNode json() throws IOException {
            return JSON.readTree(text);
        }

        String mediaType() {
            int semicolon = contentType.indexOf(';');
            return semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        }
    }
}
