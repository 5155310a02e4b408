package az.muraciet.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ActPdfTest {

    static final ActPdf.Parties PARTIES = new ActPdf.Parties("AS-2026-000123", "Gülşən Əliyeva-Şükürova",
            "Bakı, Xətai r., Üzeyir Hacıbəyov küç. 7, m. 12", "Rauf Çələbiyev");

    final ActPdf actPdf = new ActPdf();

    @Test
    void showsEveryFieldOfTheActWithItsAzerbaijaniLetters() {
        String text = PdfText.of(actPdf.render(act("Plomb qoyuldu, ölçü düzgündür"), PARTIES));

        assertThat(text).contains("SAYĞAC QURAŞDIRMA AKTI", "Water meter installation act", "Azərsu ASC")
                .contains("Akt nömrəsi / Act number AKT-AS-2026-000123")
                .contains("Tarix / Date 05.03.2026")
                .contains("Müraciət nömrəsi / Application number AS-2026-000123")
                .contains("Abonent kodu / Subscriber code 10000001")
                .contains("Abonent / Subscriber Gülşən Əliyeva-Şükürova")
                .contains("Ünvan / Address Bakı, Xətai r., Üzeyir Hacıbəyov küç. 7, m. 12")
                .contains("Sayğacın seriya nömrəsi / Meter serial AZ-2026-0001")
                .contains("İlkin göstərici / Initial reading 12.500 m³")
                .contains("Plomb nömrəsi / Seal number PL-5501")
                .contains("İcraçı / Executor Rauf Çələbiyev (rauf)")
                .contains("Qeydlər / Notes Plomb qoyuldu, ölçü düzgündür")
                .contains("İcraçı: ____", "Abonent: ____")
                .contains("ə", "Ə", "ş", "ğ", "ı", "İ", "ö", "ü", "ç");
    }

    @Test
    void aWorkActShowsTheWorkPerformedUnderItsUtilityAndNoMeter() {
        Act act = Act.workAct("AKT-AE-2026-000007", "a-2", LocalDate.of(2026, 3, 5), "20000001",
                "Paylayıcı şkafda avtomat açar dəyişdirildi", "orxan", null, Instant.parse("2026-03-05T10:00:00Z"));
        ActPdf.Parties parties = new ActPdf.Parties("AE-2026-000007", "Rəşad Əliyev", "Bakı, Yasamal r.", "Orxan Kərimov",
                "Azərişıq ASC");

        assertThat(PdfText.of(actPdf.render(act, parties)))
                .contains("GÖRÜLMÜŞ İŞLƏR AKTI", "Act of work performed", "Azərişıq ASC")
                .contains("Akt nömrəsi / Act number AKT-AE-2026-000007")
                .contains("Görülmüş işlər / Work performed Paylayıcı şkafda avtomat açar dəyişdirildi")
                .contains("İcraçı / Executor Orxan Kərimov (orxan)")
                .doesNotContain("SAYĞAC QURAŞDIRMA AKTI", "Azərsu", "Sayğacın seriya nömrəsi", "Plomb nömrəsi");
    }

    @Test
    void leavesOutTheNotesWhenThereAreNone() {
        assertThat(PdfText.of(actPdf.render(act(null), PARTIES))).doesNotContain("Qeydlər");
        assertThat(PdfText.of(actPdf.render(act(" "), PARTIES))).doesNotContain("Qeydlər");
    }

    @Test
    void namesTheExecutorByUserIdAloneWhenTheDirectoryHasNoName() {
        ActPdf.Parties unknownExecutor = new ActPdf.Parties("AS-2026-000123", "Gülşən Əliyeva-Şükürova", "Bakı", "rauf");

        assertThat(PdfText.of(actPdf.render(act(null), unknownExecutor))).contains("İcraçı / Executor rauf İcraçı:");
    }

    @Test
    void isAOnePagePdfWithItsFontsEmbeddedAsIdentityH() throws IOException {
        byte[] pdf = actPdf.render(act("Plomb qoyuldu, ölçü düzgündür"), PARTIES);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            List<PDFont> fonts = fontsOf(document.getPage(0).getResources());
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).contains("LiberationSans");
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                assertThat(((PDType0Font) font).getCMap().getName()).isEqualTo("Identity-H");
            });
        }
    }

    private static List<PDFont> fontsOf(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static Act act(String notes) {
        return new Act("AKT-AS-2026-000123", "7f1c2a9e-2b3d-4c5e-8f60-1a2b3c4d5e6f", LocalDate.of(2026, 3, 5),
                "10000001", "AZ-2026-0001", new BigDecimal("12.5"), "PL-5501", "rauf", notes, Instant.now());
    }
}
