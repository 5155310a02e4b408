package az.muraciet.document;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document stored with a case: the file as received, with the type found in its content and its SHA-256. */
@Entity
@Table(name = "case_document")
class CaseDocument {

    @Id
    private String id;
    private String applicationId;
    private String slotCode;
    private int position;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    /** varbinary on H2, bytea on PostgreSQL */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(length = 64 * 1024 * 1024)
    private byte[] content;
    private Instant uploadedAt;

    protected CaseDocument() {
    }

    CaseDocument(String applicationId, String slotCode, int position, String fileName, DocumentType type,
            byte[] content, String sha256, Instant uploadedAt) {
        this.id = UUID.randomUUID().toString();
        this.applicationId = applicationId;
        this.slotCode = slotCode;
        this.position = position;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    String id() {
        return id;
    }

    String applicationId() {
        return applicationId;
    }

    byte[] content() {
        return content;
    }

    StoredDocument info() {
        return new StoredDocument(id, applicationId, slotCode, fileName, contentType, sizeBytes, sha256, uploadedAt);
    }
}
