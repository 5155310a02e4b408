package az.muraciet.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code muraciet.documents.max-size}: the most one attached file may have; a bigger one is refused naming its slot.
 * The server reads uploads up to {@code spring.servlet.multipart.max-file-size}, which must not be smaller.
 */
@ConfigurationProperties(prefix = "muraciet.documents")
record DocumentProperties(DataSize maxSize) {

    DocumentProperties {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalStateException("muraciet.documents.max-size must be set, e.g. 5MB");
        }
    }
}
