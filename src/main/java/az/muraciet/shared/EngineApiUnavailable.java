package az.muraciet.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

/**
 * The answer of the Camunda APIs — the engine REST API ({@code /engine-rest}: the Camunda Modeler, scripts) and the
 * webapps' own ({@code /camunda/api}: Tasklist, Cockpit, Admin) — when the database cannot be reached: 503 with
 * {@code Retry-After}, in Camunda's error format ({@code type}, {@code message}, {@code code}), which the clients of
 * Camunda's API read (the Modeler's deployment, scripts). Tasklist shows its own "Communication Error" notification for
 * any 503 and stays usable. Nothing of the database goes out (no exception class, driver message, SQL, host); the
 * cause is logged.
 */
public final class EngineApiUnavailable {

    static final String BODY = """
            {"type":"ServiceUnavailable",\
            "message":"Xidmət müvəqqəti əlçatan deyil, bir az sonra yenidən cəhd edin / \
            The service is temporarily unavailable, please try again a little later",\
            "code":null}""";

    private EngineApiUnavailable() {
    }

    static Response asJaxRsResponse() {
        return Response.status(HttpStatus.SERVICE_UNAVAILABLE.value())
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8")
                .entity(BODY.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static void writeTo(HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
        response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
    }
}
