package az.muraciet.notification;

import java.text.Normalizer;
import java.util.Map;

/**
 * Writes a text in the GSM-7 alphabet so that an SMS holds 160 characters instead of 70: the Azerbaijani letters
 * ə ş ğ ı İ ç become e s g i I c (ö and ü are GSM-7 and stay), typographic quotes and dashes become their ASCII
 * forms, other letters lose their accents, and what is left becomes {@code ?}.
 */
public final class Gsm7Transliteration {

    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry((int) 'ə', "e"), Map.entry((int) 'Ə', "E"),
            Map.entry((int) 'ş', "s"), Map.entry((int) 'Ş', "S"),
            Map.entry((int) 'ğ', "g"), Map.entry((int) 'Ğ', "G"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'İ', "I"),
            Map.entry((int) 'ç', "c"),
            // Ç is GSM-7, but many handsets show that code as ç; C reads right everywhere.
            Map.entry((int) 'Ç', "C"),
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '‚', "'"), Map.entry((int) '`', "'"),
            Map.entry((int) '´', "'"),
            Map.entry((int) '“', "\""), Map.entry((int) '”', "\""), Map.entry((int) '„', "\""),
            Map.entry((int) '«', "\""), Map.entry((int) '»', "\""),
            Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"), Map.entry((int) '‒', "-"), Map.entry((int) '–', "-"),
            Map.entry((int) '—', "-"), Map.entry((int) '−', "-"),
            Map.entry((int) '\t', " "));

    private Gsm7Transliteration() {
    }

    public static String apply(String text) {
        StringBuilder gsm = new StringBuilder(text.length());
        text.codePoints().forEach(c -> gsm.append(transliterate(c)));
        return gsm.toString();
    }

    private static String transliterate(int c) {
        String replacement = REPLACEMENTS.get(c);
        if (replacement != null) {
            return replacement;
        }
        if (Gsm7Alphabet.contains(c)) {
            return Character.toString(c);
        }
        String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return !decomposed.isEmpty() && Gsm7Alphabet.canEncode(decomposed) ? decomposed : "?";
    }
}
