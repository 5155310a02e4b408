package az.muraciet.notification;

/** Personal data as logs and lists may show it: never a whole FIN, phone number or e-mail address. */
public final class Masking {

    private Masking() {
    }

    /** {@code 1AB2C3D} → {@code 1A*****}: enough to tell two citizens apart in a log, not to name one. */
    public static String fin(String fin) {
        return fin == null || fin.length() < 3 ? "***" : fin.substring(0, 2) + "*".repeat(fin.length() - 2);
    }

    /** {@code +994501234567} → {@code +99450***4567} */
    public static String phone(String phone) {
        return phone == null || phone.length() < 9 ? "***" : phone.substring(0, 6) + "***" + phone.substring(phone.length() - 4);
    }

    /** {@code resad.aliyev@example.az} → {@code r***@example.az} */
    public static String email(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    static String recipient(Channel channel, String recipient) {
        return channel == Channel.SMS ? phone(recipient) : email(recipient);
    }
}
