package az.muraciet.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

/**
 * How our PDFs (the installation act, the statement) set their text: Liberation Sans, embedded as Identity-H, so that
 * ə, ğ, ı, İ, ş and the other Azerbaijani letters show on any reader and can be copied and searched.
 */
public final class PdfText {

    private PdfText() {
    }

    public static BaseFont regularFont() {
        return embeddedFont("liberation/LiberationSans-Regular.ttf");
    }

    public static BaseFont boldFont() {
        return embeddedFont("liberation/LiberationSans-Bold.ttf");
    }

    /** A line centred on the page, such as a title, with space after it. */
    public static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** The Liberation fonts come from openpdf-fonts-extra on the classpath; read from there they work in the packaged jar too. */
    private static BaseFont embeddedFont(String resource) {
        try (InputStream ttf = PdfText.class.getClassLoader().getResourceAsStream(resource)) {
            if (ttf == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                    ttf.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
