package az.muraciet.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Files as citizens attach them: real PDF and JPEG beginnings, and files that only pretend to be one. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A small, valid one-page PDF whose text is {@code text}. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A JPEG's beginning (SOI, JFIF APP0) followed by {@code size} bytes in all. */
    public static byte[] jpeg(int size) {
        byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00 };
        byte[] jpeg = Arrays.copyOf(head, Math.max(size, head.length + 2));
        for (int i = head.length; i < jpeg.length - 2; i++) {
            jpeg[i] = (byte) (i * 31);
        }
        jpeg[jpeg.length - 2] = (byte) 0xFF;
        jpeg[jpeg.length - 1] = (byte) 0xD9;
        return jpeg;
    }

    /** A PDF of exactly {@code size} bytes: a valid beginning padded with a comment. */
    public static byte[] pdfOfSize(int size) {
        byte[] start = pdf("padded");
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(start);
        byte[] pad = new byte[Math.max(0, size - start.length)];
        Arrays.fill(pad, (byte) '%');
        out.writeBytes(pad);
        return Arrays.copyOf(out.toByteArray(), size);
    }

    /** A PNG: a picture, but not a type the slots take. */
    public static byte[] png() {
        return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    }

    /** HTML that a citizen named {@code scan.pdf}: the name lies, the content decides. */
    public static byte[] htmlPretendingToBePdf() {
        return "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** The documents a new subscriber must attach: the identity card (two sides) and the proof of ownership. */
    public static List<DocumentUpload> newSubscriberDocuments() {
        return List.of(DocumentUpload.of("ID_CARD", "vesiqe-on.jpg", jpeg(2048)),
                DocumentUpload.of("ID_CARD", "vesiqe-arxa.jpg", jpeg(3072)),
                DocumentUpload.of("PROPERTY_DOCUMENT", "reyestr-cixarisi.pdf", pdf("Reyestrden cixaris")));
    }
}
