package az.muraciet.shared;

import java.util.Optional;
import java.util.Set;

/** Azerbaijani mobile numbers in the spellings people use ({@code 050 123 45 67}, {@code +994 50 123-45-67}) to E.164. */
public final class AzerbaijaniPhoneNumbers {

    private static final Set<String> OPERATOR_PREFIXES = Set.of("10", "50", "51", "55", "60", "70", "77", "99");

    private AzerbaijaniPhoneNumbers() {
    }

    /** @return the number as {@code +994501234567}, or empty when it is not an Azerbaijani mobile number */
    public static Optional<String> toE164(String input) {
        if (input == null || input.length() > 30 || !input.matches("[+0-9 ()\\-]+")) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[^0-9]", "");
        String national;
        if (input.trim().startsWith("+") || digits.startsWith("994")) {
            if (!digits.startsWith("994")) {
                return Optional.empty();
            }
            national = digits.substring(3);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            national = digits;
        }
        if (national.length() != 9 || !OPERATOR_PREFIXES.contains(national.substring(0, 2))) {
            return Optional.empty();
        }
        return Optional.of("+994" + national);
    }

    /** @return {@code +994501234567} as people write it at home, {@code 050 123 45 67}; anything else as it is */
    public static String toLocal(String e164) {
        if (e164 == null || !e164.matches("\\+994[0-9]{9}")) {
            return e164;
        }
        String n = e164.substring(4);
        return "0" + n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5, 7) + " " + n.substring(7);
    }
}
