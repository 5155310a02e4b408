package az.muraciet.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The personal identification number (FİN): 7 Latin letters and digits, written in capitals. */
public final class Fins {

    private static final Pattern FIN = Pattern.compile("[A-Z0-9]{7}");

    private Fins() {
    }

    /** @return the FIN in capitals ({@code 1ab2c3d} → {@code 1AB2C3D}), or empty when it is not one */
    public static Optional<String> normalize(String input) {
        if (input == null || input.length() > 20) {
            return Optional.empty();
        }
        String fin = input.strip().toUpperCase(Locale.ROOT);
        return FIN.matcher(fin).matches() ? Optional.of(fin) : Optional.empty();
    }
}
