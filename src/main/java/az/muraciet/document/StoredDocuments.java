package az.muraciet.document;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The documents stored with cases; lists never load the files themselves. */
interface StoredDocuments extends JpaRepository<CaseDocument, String> {

    @Query("""
            select new az.muraciet.document.StoredDocument(d.id, d.applicationId, d.slotCode, d.fileName, d.contentType,
                d.sizeBytes, d.sha256, d.uploadedAt)
            from CaseDocument d where d.applicationId = ?1 order by d.position""")
    List<StoredDocument> listOf(String applicationId);

    @Query("""
            select new az.muraciet.document.StoredDocument(d.id, d.applicationId, d.slotCode, d.fileName, d.contentType,
                d.sizeBytes, d.sha256, d.uploadedAt)
            from CaseDocument d where d.id = ?1""")
    Optional<StoredDocument> infoOf(String documentId);
}
