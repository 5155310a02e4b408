package az.muraciet.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses as the portal accepts them: one {@code @}, a domain with a dot, nothing a mail server rejects. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    /** @return the address without surrounding spaces, or empty when it is not a usable address */
    public static Optional<String> normalize(String input) {
        if (input == null || input.length() > 254) {
            return Optional.empty();
        }
        String address = input.strip();
        int at = address.indexOf('@');
        return at > 0 && at <= 64 && ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }
}
