package az.muraciet.identity;

/**
 * The rules of the one-time codes in minutes, for the citizen to be told.
 *
 * @param validity how long a code may be entered
 * @param coolDown how long nothing is sent or accepted after too many wrong codes
 * @param window the time in which only a few codes (or e-mail links) are sent
 */
public record CodeLimits(long validity, long coolDown, long window) {

    static CodeLimits of(IdentityProperties properties) {
        return new CodeLimits(minutes(properties.codeValidity()), minutes(properties.coolDown()),
                minutes(properties.codeWindow()));
    }

    private static long minutes(java.time.Duration duration) {
        return Math.max(1, duration.toMinutes());
    }
}
