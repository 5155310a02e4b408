package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import az.muraciet.MultipartBody;
import az.muraciet.ServerSessions;
import az.muraciet.document.TestDocuments;
import az.muraciet.security.DemoCitizens;

/**
 * The apply page on the real server: a file over the server's multipart limit is not read at all — not even the
 * form's CSRF token inside the body — yet the citizen is not refused as a forger: the token also rides in the form's
 * address, and the page answers with the form again and the message beside that document. Nothing is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NewSubscriberUploadLimitTest {

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext server;
    @Autowired JdbcTemplate jdbc;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aFileTheServerWillNotReadBringsTheFormBackWithTheMessageBesideItsDocument() throws Exception {
        String session = new ServerSessions(server).citizen(DemoCitizens.RASHAD);
        Document page = Jsoup.parse(get(NewSubscriberApplyTest.APPLY, session).body());
        String action = page.selectFirst(NewSubscriberApplyTest.FORM).attr("action");
        long cases = jdbc.queryForObject("select count(*) from application", Long.class);
        MultipartBody body = new MultipartBody()
                .part("_csrf", null, page.selectFirst("input[name=_csrf]").val())
                .part("_draft", null, page.selectFirst("input[name=_draft]").val())
                .part("district", null, "Yasamal").part("street", null, "Küçə").part("building", null, "1")
                .part("personsServed", null, "2").part("serviceType", null, "WATER")
                .part("phone", null, "050 123 45 67").part("email", null, "resad@example.az")
                .file("ID_CARD", "v.jpg", "image/jpeg", TestDocuments.jpeg(1000))
                .file("PROPERTY_DOCUMENT", "nehəng.pdf", "application/pdf", TestDocuments.pdfOfSize(21 * 1024 * 1024));

        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(uri(action))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).as("sent back to the form, not refused as a forged request").isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(NewSubscriberApplyTest.APPLY + "?tooLarge=PROPERTY_DOCUMENT");
        Document again = Jsoup.parse(get(URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery(),
                session).body());
        assertThat(again.selectFirst("#doc-PROPERTY_DOCUMENT-error").text()).contains("fayl çox böyükdür, ən çox 5 MB");
        assertThat(jdbc.queryForObject("select count(*) from application", Long.class)).isEqualTo(cases);

        MultipartBody withoutToken = new MultipartBody().part("district", null, "Yasamal")
                .file("PROPERTY_DOCUMENT", "nehəng.pdf", "application/pdf", TestDocuments.pdfOfSize(21 * 1024 * 1024));
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(uri(NewSubscriberApplyTest.APPLY))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", withoutToken.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(withoutToken.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("without the token in the address: a forged request").isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
