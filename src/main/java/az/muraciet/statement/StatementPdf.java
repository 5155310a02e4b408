package az.muraciet.statement;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
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
 * The "Elektron arayış" as a one-page A4 PDF with the same content as the page, in the citizen's language (the
 * labels of {@code i18n/statements}). Set in Liberation Sans, embedded as Identity-H, so that ə, ğ, ı, ş and the
 * other Azerbaijani letters show on any reader and can be copied and searched.
 */
@Component
public class StatementPdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF6);

    private final MessageSource messages;
    private final Font titleFont;
    private final Font issuerFont;
    private final Font labelFont;
    private final Font valueFont;

    StatementPdf(MessageSource messages) {
        this.messages = messages;
        BaseFont regular = PdfText.regularFont();
        BaseFont bold = PdfText.boldFont();
        titleFont = new Font(bold, 15);
        issuerFont = new Font(bold, 12);
        labelFont = new Font(bold, 10);
        valueFont = new Font(regular, 10);
    }

    public byte[] render(TwelveMonthStatement statement, Locale locale) {
        Labels text = new Labels(messages, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, pdf);
        document.addTitle(text.get("statements.heading") + " " + statement.subscriberCode());
        document.addCreator(text.get("statements.issuer"));
        document.open();
        document.add(issuerAndDate(statement, text));
        document.add(PdfText.centred(text.get("statements.republic"), valueFont, 2));
        document.add(PdfText.centred(text.get("statements.about"), valueFont, 10));
        document.add(PdfText.centred(text.get("statements.heading"), titleFont, 12));
        document.add(facts(statement, text));
        document.add(months(statement, text));
        document.close();
        return pdf.toByteArray();
    }

    private PdfPTable issuerAndDate(TwelveMonthStatement statement, Labels text) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingAfter(12);
        table.addCell(plain(new Phrase(text.get("statements.issuer"), issuerFont), Element.ALIGN_LEFT));
        table.addCell(plain(new Phrase(text.get("statements.issuedOn") + ": " + statement.issuedOn(), valueFont),
                Element.ALIGN_RIGHT));
        return table;
    }

    private PdfPTable facts(TwelveMonthStatement statement, Labels text) {
        PdfPTable table = new PdfPTable(new float[] { 2, 3 });
        table.setWidthPercentage(100);
        table.setSpacingAfter(14);
        fact(table, text.get("statements.subscriberCode"), statement.subscriberCode());
        fact(table, text.get("statements.fullName"), text.orUnknown(statement.fullName()));
        fact(table, text.get("statements.address"), text.orUnknown(statement.address()));
        fact(table, text.get("statements.personsServed"),
                text.orUnknown(statement.personsServed() == null ? null : statement.personsServed().toString()));
        fact(table, text.get("statements.serviceType"), statement.serviceType() == null ? text.unknown()
                : text.get("statements.serviceType." + statement.serviceType().name()));
        fact(table, text.get("statements.meterType"), text.orUnknown(statement.meterType()));
        return table;
    }

    private void fact(PdfPTable table, String label, String value) {
        table.addCell(plain(new Phrase(label + ":", labelFont), Element.ALIGN_LEFT));
        table.addCell(plain(new Phrase(value, valueFont), Element.ALIGN_LEFT));
    }

    private PdfPTable months(TwelveMonthStatement statement, Labels text) {
        PdfPTable table = new PdfPTable(new float[] { 2, 2, 3, 3, 3 });
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : new String[] { "statements.year", "statements.month", "statements.consumption",
                "statements.invoiced", "statements.paid" }) {
            PdfPCell head = cell(new Phrase(text.get(key), labelFont), key.endsWith("year") || key.endsWith("month")
                    ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            head.setBackgroundColor(HEADER_FILL);
            table.addCell(head);
        }
        for (TwelveMonthStatement.MonthLine line : statement.months()) {
            table.addCell(cell(new Phrase(String.valueOf(line.year()), valueFont), Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(line.month(), valueFont), Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(line.consumptionM3().toPlainString(), valueFont), Element.ALIGN_RIGHT));
            table.addCell(cell(new Phrase(line.invoicedAzn().toPlainString(), valueFont), Element.ALIGN_RIGHT));
            table.addCell(cell(new Phrase(line.paidAzn().toPlainString(), valueFont), Element.ALIGN_RIGHT));
        }
        PdfPCell total = cell(new Phrase(text.get("statements.total"), labelFont), Element.ALIGN_LEFT);
        total.setColspan(2);
        table.addCell(total);
        table.addCell(cell(new Phrase(statement.totalConsumptionM3().toPlainString(), labelFont), Element.ALIGN_RIGHT));
        table.addCell(cell(new Phrase(statement.totalInvoicedAzn().toPlainString(), labelFont), Element.ALIGN_RIGHT));
        table.addCell(cell(new Phrase(statement.totalPaidAzn().toPlainString(), labelFont), Element.ALIGN_RIGHT));
        return table;
    }

    private static PdfPCell cell(Phrase content, int alignment) {
        PdfPCell cell = new PdfPCell(content);
        cell.setPadding(5);
        cell.setBorderColor(Color.LIGHT_GRAY);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell plain(Phrase content, int alignment) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(4);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private record Labels(MessageSource messages, Locale locale) {

        String get(String key) {
            return messages.getMessage(key, null, locale);
        }

        String unknown() {
            return get("statements.unknown");
        }

        String orUnknown(String value) {
            return value == null || value.isBlank() ? unknown() : value;
        }
    }
}
