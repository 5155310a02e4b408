package az.muraciet.notification;

import java.util.function.IntUnaryOperator;

/**
 * What a text costs as an SMS. GSM-7 when every character is in the GSM 03.38 alphabet (extension characters such as
 * € and [ take two septets), else UCS-2, counted in UTF-16 code units. One message holds 160 septets or 70 units; a
 * concatenated one spends part of every segment on its header and holds 153 or 67 a segment. A character is never
 * split between segments: neither an escaped extension character nor a surrogate pair.
 *
 * @param units septets for GSM-7, UTF-16 code units for UCS-2
 * @param count segments; an empty text still costs one
 */
public record SmsSegments(Encoding encoding, int units, int count) {

    public enum Encoding {
        GSM_7(160, 153),
        UCS_2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }
    }

    public static SmsSegments of(String text) {
        Encoding encoding = Gsm7Alphabet.canEncode(text) ? Encoding.GSM_7 : Encoding.UCS_2;
        IntUnaryOperator width = encoding == Encoding.GSM_7 ? Gsm7Alphabet::septets : Character::charCount;
        int[] widths = text.codePoints().map(width).toArray();
        int units = 0;
        for (int w : widths) {
            units += w;
        }
        return new SmsSegments(encoding, units, units <= encoding.single ? 1 : parts(widths, encoding.perPart));
    }

    public boolean fitsIn(int segments) {
        return count <= segments;
    }

    private static int parts(int[] widths, int perPart) {
        int parts = 1;
        int used = 0;
        for (int w : widths) {
            if (used + w > perPart) {
                parts++;
                used = 0;
            }
            used += w;
        }
        return parts;
    }
}
