package az.muraciet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Real HTTP calls to the running application, as a browser or a client app makes them. Every status is an answer
 * to look at, never an exception. A body given as a String is sent as it is (malformed JSON included); any other
 * body is written as JSON.
 */
public final class HttpCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;

    public HttpCalls(int port) {
        this.client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))
                .build();
    }

    public Answer get(String path, Login login) {
        return send(HttpMethod.GET, path, login, null);
    }

    public Answer post(String path, Login login, Object body) {
        return send(HttpMethod.POST, path, login, body);
    }

    /** A {@code multipart/form-data} POST, as a browser's upload form or the Camunda Modeler's deployment sends it. */
    public Answer postMultipart(String path, Login login, MultiValueMap<String, Object> parts) {
        RestClient.RequestBodySpec request = client.post().uri(path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (login != null) {
            request.headers(headers -> headers.setBasicAuth(login.user(), login.password(), StandardCharsets.UTF_8));
        }
        request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private Answer send(HttpMethod method, String path, Login login, Object body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (login != null) {
            request.headers(headers -> headers.setBasicAuth(login.user(), login.password(), StandardCharsets.UTF_8));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(bytes(body));
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(), response.getHeaders(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static byte[] bytes(Object body) {
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** HTTP Basic credentials; {@code null} instead of a login sends none. */
    public record Login(String user, String password) {
    }

    public record Answer(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            if (text.isEmpty()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (status " + status + "): " + text, e);
            }
        }

        /** The content type without its parameters, such as {@code application/problem+json}. */
        public String mediaType() {
            MediaType type = headers.getContentType();
            return type == null ? null : type.getType() + "/" + type.getSubtype();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
