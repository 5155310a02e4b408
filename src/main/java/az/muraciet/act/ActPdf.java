package az.muraciet.act;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import az.muraciet.shared.PdfText;

/**
 * The installation act (Sayğac quraşdırma aktı) as a one-page A4 PDF, labelled in Azerbaijani and English. The text
 * is set in Liberation Sans, embedded as Identity-H, so that ə, ğ, ı, İ, ş and the other Azerbaijani letters show
 * on any reader and can be copied and searched.
 */
@Component
public class ActPdf {

    static final String TITLE = "SAYĞAC QURAŞDIRMA AKTI";
    static final String SUBTITLE = "Water meter installation act";
    static final String UTILITY = "Azərsu ASC";
    static final String WORK_ACT_TITLE = "GÖRÜLMÜŞ İŞLƏR AKTI";
    static final String WORK_ACT_SUBTITLE = "Act of work performed";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SIGNATURE_LINE = "______________________";
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final Font titleFont;
    private final Font subtitleFont;
    private final Font utilityFont;
    private final Font labelFont;
    private final Font translationFont;
    private final Font valueFont;

    public ActPdf() {
        BaseFont regular = PdfText.regularFont();
        BaseFont bold = PdfText.boldFont();
        titleFont = new Font(bold, 16);
        subtitleFont = new Font(regular, 11, Font.NORMAL, GREY);
        utilityFont = new Font(bold, 12);
        labelFont = new Font(bold, 10);
        translationFont = new Font(regular, 9, Font.NORMAL, GREY);
        valueFont = new Font(regular, 10);
    }

    /**
     * What the act shows beyond its own record: who and where, as the case and the user directory know them, and the
     * utility whose act it is.
     */
    public record Parties(String applicationNumber, String subscriberName, String address, String executorName,
            String utilityName) {

        /** An Azərsu act. */
        public Parties(String applicationNumber, String subscriberName, String address, String executorName) {
            this(applicationNumber, subscriberName, address, executorName, UTILITY);
        }
    }

    public byte[] render(Act act, Parties parties) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, pdf);
        String utility = Objects.requireNonNullElse(parties.utilityName(), UTILITY);
        document.addTitle((act.isWorkAct() ? "Görülmüş işlər aktı " : "Sayğac quraşdırma aktı ") + act.number());
        document.addCreator(utility);
        document.open();
        document.add(PdfText.centred(act.isWorkAct() ? WORK_ACT_TITLE : TITLE, titleFont, 0));
        document.add(PdfText.centred(act.isWorkAct() ? WORK_ACT_SUBTITLE : SUBTITLE, subtitleFont, 2));
        document.add(PdfText.centred(utility, utilityFont, 14));
        document.add(fields(act, parties));
        document.add(signatures());
        document.close();
        return pdf.toByteArray();
    }

    private PdfPTable fields(Act act, Parties parties) {
        PdfPTable table = new PdfPTable(new float[] { 2, 3 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        row(table, "Akt nömrəsi", "Act number", act.number());
        row(table, "Tarix", "Date", DATE.format(act.actDate()));
        row(table, "Müraciət nömrəsi", "Application number", parties.applicationNumber());
        row(table, "Abonent kodu", "Subscriber code", act.subscriberCode());
        row(table, "Abonent", "Subscriber", parties.subscriberName());
        row(table, "Ünvan", "Address", parties.address());
        if (act.isWorkAct()) {
            row(table, "Görülmüş işlər", "Work performed", act.workPerformed());
        } else {
            row(table, "Sayğacın seriya nömrəsi", "Meter serial", act.meterSerial());
            row(table, "İlkin göstərici", "Initial reading",
                    act.initialReading().setScale(3, RoundingMode.HALF_UP).toPlainString() + " m³");
            row(table, "Plomb nömrəsi", "Seal number", act.sealNumber());
        }
        row(table, "İcraçı", "Executor", executor(act, parties));
        if (act.notes() != null && !act.notes().isBlank()) {
            row(table, "Qeydlər", "Notes", act.notes());
        }
        return table;
    }

    private static String executor(Act act, Parties parties) {
        String name = parties.executorName();
        return name == null || name.isBlank() || name.equals(act.executor()) ? act.executor()
                : name + " (" + act.executor() + ")";
    }

    private void row(PdfPTable table, String label, String translation, String value) {
        Phrase labelled = new Phrase();
        labelled.add(new Chunk(label, labelFont));
        labelled.add(new Chunk(" / " + translation, translationFont));
        table.addCell(cell(labelled));
        table.addCell(cell(new Phrase(Objects.requireNonNullElse(value, ""), valueFont)));
    }

    private static PdfPCell cell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(6);
        cell.setBorderColor(Color.LIGHT_GRAY);
        return cell;
    }

    private PdfPTable signatures() {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(48);
        for (String signer : new String[] { "İcraçı", "Abonent" }) {
            PdfPCell cell = new PdfPCell(new Phrase(signer + ": " + SIGNATURE_LINE, valueFont));
            cell.setBorder(Rectangle.NO_BORDER);
            table.addCell(cell);
        }
        return table;
    }
}
