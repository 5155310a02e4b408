package az.muraciet.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answer to a code entered.
 *
 * @param fin whose code it was; only with ACCEPTED
 * @param triesLeft wrong entries still allowed for this code; with WRONG
 */
public record CodeCheck(Result result, String fin, int triesLeft) {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    public enum Result {
        ACCEPTED,
        /** wrong code, {@code triesLeft} more tries */
        WRONG,
        /** the code's time is over: ask for a new one */
        EXPIRED,
        /** too many wrong codes: nothing is accepted for a while, not even the right code */
        LOCKED,
        /** no such code, already used, or replaced by a newer one */
        INVALID
    }

    public boolean accepted() {
        return result == Result.ACCEPTED;
    }

    /** @return the six digits typed, spaces and dashes left out, or empty when it is not six digits */
    public static Optional<String> wellFormed(String input) {
        if (input == null || input.length() > 20) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        return CODE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    static CodeCheck of(Result result) {
        return new CodeCheck(result, null, 0);
    }
}
