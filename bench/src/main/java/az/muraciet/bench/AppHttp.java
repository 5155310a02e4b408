package az.muraciet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The running application over HTTP: the citizen API and the engine REST API, with HTTP Basic as the caller. */
final class AppHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    record Login(String user, String password) {

        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    record Answer(int status, String body) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        Answer expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": " + status + " " + body);
            }
            return this;
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    AppHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Answer get(String path, Login login) throws IOException, InterruptedException {
        return send(request(path, login).GET().build());
    }

    Answer post(String path, Login login, String json) throws IOException, InterruptedException {
        return send(request(path, login).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** As Tasklist sends it: asks for HAL, which embeds the tasks' assignees, definitions and the filter's variables. */
    Answer postHal(String path, Login login, String json) throws IOException, InterruptedException {
        return send(request(path, login).header("Content-Type", "application/json")
                .header("Accept", "application/hal+json, application/json; q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path, Login login) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", login.header());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
