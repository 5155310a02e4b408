package az.muraciet.document;

import java.time.Instant;

/**
 * A document of a case, without its content.
 *
 * @param contentType the type found in the content ({@code application/pdf}, {@code image/jpeg})
 * @param sha256 hex SHA-256 of the content, as stored
 */
public record StoredDocument(String id, String applicationId, String slotCode, String fileName, String contentType,
        long sizeBytes, String sha256, Instant uploadedAt) {

    /** {@code 245 KB}, {@code 1.2 MB}: for a list the citizen or employee reads. */
    public String shownSize() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return Math.round(sizeBytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
