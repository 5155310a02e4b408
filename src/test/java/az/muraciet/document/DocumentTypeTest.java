package az.muraciet.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The type of a file is what its first bytes say; its name as the citizen's computer gave it is cleaned. */
class DocumentTypeTest {

    @Test
    void pdfAndJpegAreRecognisedByTheirFirstBytesAndNothingElseIs() {
        assertThat(DocumentType.of(TestDocuments.pdf("x"))).hasValue(DocumentType.PDF);
        assertThat(DocumentType.of(TestDocuments.jpeg(100))).hasValue(DocumentType.JPEG);
        assertThat(DocumentType.of(TestDocuments.png())).isEmpty();
        assertThat(DocumentType.of(TestDocuments.htmlPretendingToBePdf())).isEmpty();
        assertThat(DocumentType.of(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).as("not at the start").isEmpty();
        assertThat(DocumentType.of("%PDF".getBytes(StandardCharsets.US_ASCII))).as("too short").isEmpty();
        assertThat(DocumentType.of(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
        assertThat(DocumentType.of(new byte[0])).isEmpty();
        assertThat(DocumentType.of(null)).isEmpty();
    }

    @Test
    void aFileNameLosesItsPathControlCharactersAndExcessLength() {
        assertThat(CaseDocuments.fileName("C:\\Users\\resad\\Sənədlər\\çıxarış.pdf")).isEqualTo("çıxarış.pdf");
        assertThat(CaseDocuments.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(CaseDocuments.fileName("a\"b<c>d|e\u0000f.jpg")).isEqualTo("abcdef.jpg");
        assertThat(CaseDocuments.fileName("  ")).isNull();
        assertThat(CaseDocuments.fileName("..")).isNull();
        assertThat(CaseDocuments.fileName(null)).isNull();
        String longName = "ə".repeat(300) + ".pdf";
        assertThat(CaseDocuments.fileName(longName)).hasSize(255).endsWith("əəə.pdf");
    }
}
