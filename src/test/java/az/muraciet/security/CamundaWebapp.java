package az.muraciet.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Camunda webapps over real HTTP, as a browser uses them: the Tasklist page hands out the session and the CSRF
 * token (cookie XSRF-TOKEN, sent back as header X-XSRF-TOKEN), then the login posts the form.
 */
final class CamundaWebapp {

    static final String PAGE = "/camunda/app/tasklist/default/";
    static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    CamundaWebapp(int port) {
        this.port = port;
    }

    /** The Tasklist page, a fresh browser. */
    HttpResponse<String> page() {
        return send(HttpRequest.newBuilder(uri(PAGE)).GET().build());
    }

    /** A fresh browser opens Tasklist and logs in. */
    HttpResponse<String> login(String user, String password) {
        HttpResponse<String> page = page();
        return post(LOGIN, page, "username=" + encode(user) + "&password=" + encode(password));
    }

    /** A form POST from the page the browser has open (its session and CSRF token). */
    HttpResponse<String> post(String path, HttpResponse<String> page, String form) {
        String token = cookie(page, "XSRF-TOKEN");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + cookie(page, "JSESSIONID") + "; XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A JSON POST from the page the browser has open (its session and CSRF token). */
    HttpResponse<String> postJson(String path, HttpResponse<String> page, String json) {
        String token = cookie(page, "XSRF-TOKEN");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Cookie", "JSESSIONID=" + cookie(page, "JSESSIONID") + "; XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The whole Set-Cookie header of that cookie (the last one set), or null. */
    static String setCookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).reduce((a, b) -> b).orElse(null);
    }

    static String cookie(HttpResponse<?> response, String name) {
        String header = setCookie(response, name);
        if (header == null) {
            return null;
        }
        int end = header.indexOf(';');
        return header.substring(name.length() + 1, end < 0 ? header.length() : end);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
