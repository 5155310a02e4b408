package az.muraciet.notification;

/** The GSM 03.38 default alphabet: the basic set (one septet a character) and its extension table (two septets). */
final class Gsm7Alphabet {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private Gsm7Alphabet() {
    }

    /** The septets a character takes, or 0 when GSM-7 cannot carry it. */
    static int septets(int codePoint) {
        if (BASIC.indexOf(codePoint) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(codePoint) >= 0 ? 2 : 0;
    }

    static boolean contains(int codePoint) {
        return septets(codePoint) > 0;
    }

    static boolean canEncode(CharSequence text) {
        return text.codePoints().allMatch(Gsm7Alphabet::contains);
    }
}
