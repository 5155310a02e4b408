package az.muraciet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} request body written by hand, as a client app sends it: each part with exactly the
 * name, file name and declared type given (a lying type included), for the JDK's HTTP client.
 */
public final class MultipartBody {

    private final String boundary = "----muraciet-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A part that is not a file: the application's JSON, say. */
    public MultipartBody part(String name, String contentType, String value) {
        head("form-data; name=\"" + name + "\"", contentType);
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** A file part, named by the document slot it is for. */
    public MultipartBody file(String name, String fileName, String declaredType, byte[] content) {
        head("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", declaredType);
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 64);
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    private void head(String disposition, String contentType) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                .append("Content-Disposition: ").append(disposition).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    }
}
