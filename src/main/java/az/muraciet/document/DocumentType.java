package az.muraciet.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a case accepts, recognised by their first bytes (the "magic number"), never by the file's name or
 * the type the sender declared: a PDF starts with {@code %PDF-}, a JPEG with {@code FF D8 FF}.
 */
public enum DocumentType {

    PDF("application/pdf", "PDF", new byte[] { '%', 'P', 'D', 'F', '-' }),
    JPEG("image/jpeg", "JPEG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

    /** How many first bytes {@link #of(byte[])} needs at most. */
    static final int SIGNATURE_LENGTH = 5;

    private final String contentType;
    private final String shownName;
    private final byte[] signature;

    DocumentType(String contentType, String shownName, byte[] signature) {
        this.contentType = contentType;
        this.shownName = shownName;
        this.signature = signature;
    }

    /** The type the content is, if it is one we take. */
    public static Optional<DocumentType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startOf(content)).findFirst();
    }

    /** The type of a media type as written in {@code e_service_document.content_types}. */
    static Optional<DocumentType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equalsIgnoreCase(contentType.strip())).findFirst();
    }

    public String contentType() {
        return contentType;
    }

    /** As the citizen reads it: PDF, JPEG. */
    public String shownName() {
        return shownName;
    }

    private boolean startOf(byte[] content) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
