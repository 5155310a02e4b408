package az.muraciet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import az.muraciet.PostgresTestDatabase;
import az.muraciet.casefile.Applications;
import az.muraciet.intake.TestApplications;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.NewSubscriberRegistrationProcess;
import az.muraciet.security.DemoCitizens;
import az.muraciet.shared.InvalidInputException;

/**
 * Documents stored with a case on a real PostgreSQL (bytea): a file of exactly the size limit and a JPEG come back
 * byte for byte, a refused submission leaves nothing behind, and a new subscriber is registered under a code of the
 * series. Part of the PostgreSQL suite ({@code ./mvnw -Ppostgres verify}), in a database of its own.
 */
@Tag("postgres")
@SpringBootTest
@ActiveProfiles({ "postgres", "demo" })
class CaseDocumentsPostgresTest {

    static final String DATABASE = "muraciet_it_documents";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        PostgresTestDatabase.createAfresh(DATABASE, registry);
    }

    @Autowired CaseScenarios cases;
    @Autowired CaseDocuments documents;
    @Autowired Applications applications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theContentIsByteaAndAFileOfTheFullSizeComesBackByteForByte() {
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
                + "where table_name = 'case_document' and column_name = 'content'", String.class)).isEqualTo("bytea");
        byte[] fiveMegabytes = TestDocuments.pdfOfSize((int) documents.maxSize().toBytes());
        byte[] photo = TestDocuments.jpeg(300_000);

        String id = cases.submit(DemoCitizens.RASHAD, TestApplications.newSubscriber("Yasamal"), List.of(
                DocumentUpload.of("ID_CARD", "vesiqe.jpg", photo),
                DocumentUpload.of("PROPERTY_DOCUMENT", "çıxarış.pdf", fiveMegabytes)));

        List<StoredDocument> stored = documents.of(id);
        assertThat(stored).extracting(StoredDocument::slotCode, StoredDocument::fileName, StoredDocument::contentType,
                StoredDocument::sizeBytes).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ID_CARD", "vesiqe.jpg", "image/jpeg", (long) photo.length),
                org.assertj.core.groups.Tuple.tuple("PROPERTY_DOCUMENT", "çıxarış.pdf", "application/pdf",
                        (long) fiveMegabytes.length));
        assertThat(documents.file(id, stored.get(1).id()).orElseThrow().content()).isEqualTo(fiveMegabytes);
        assertThat(documents.file(id, stored.get(0).id()).orElseThrow().content()).isEqualTo(photo);
        Map<String, Object> row = jdbc.queryForMap("select octet_length(content) as length, "
                + "encode(sha256(content), 'hex') as digest, sha256 from case_document where id = ?", stored.get(1).id());
        assertThat(((Number) row.get("length")).longValue()).isEqualTo(fiveMegabytes.length);
        assertThat(row.get("digest")).as("the stored SHA-256 is the content's").isEqualTo(row.get("sha256"));
    }

    @Test
    void aRefusedSubmissionLeavesNoCaseAndNoDocument() {
        long cases = applications.count();
        long stored = jdbc.queryForObject("select count(*) from case_document", Long.class);

        assertThatThrownBy(() -> this.cases.submit(DemoCitizens.RASHAD, TestApplications.newSubscriber("Yasamal"), List.of(
                DocumentUpload.of("ID_CARD", "vesiqe.jpg", TestDocuments.jpeg(1000)),
                DocumentUpload.of("PROPERTY_DOCUMENT", "boyuk.pdf",
                        TestDocuments.pdfOfSize((int) documents.maxSize().toBytes() + 1)))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(applications.count()).isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from case_document", Long.class)).isEqualTo(stored);
    }

    @Test
    void aNewSubscriberIsRegisteredUnderACodeOfTheSeries() {
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.newSubscriber("Yasamal"),
                TestDocuments.newSubscriberDocuments());
        cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        cases.complete(id, NewSubscriberRegistrationProcess.TASK_CHECK_DOCUMENTS,
                Map.of(NewSubscriberRegistrationProcess.DOCUMENTS_OUTCOME, "COMPLETE"));
        cases.assignExecutor(id, "nigar");
        cases.complete(id, NewSubscriberRegistrationProcess.TASK_INSPECT_SITE,
                Map.of(NewSubscriberRegistrationProcess.INSPECTION_OUTCOME, "SUITABLE"));

        String code = applications.findById(id).orElseThrow().subscriberCode();
        assertThat(code).isEqualTo(String.valueOf(jdbc.queryForObject(
                "select last_value from subscriber_code_series where utility = 'AZERSU'", Long.class)));
        assertThat(jdbc.queryForObject("select subscriber_group from subscriber where code = ?", String.class, code))
                .isEqualTo("POPULATION");
        assertThat(jdbc.queryForObject("select count(*) from citizen_subscriber where fin = ? and subscriber_code = ?",
                Integer.class, DemoCitizens.TURAL, code)).isOne();
    }
}
