package az.muraciet.notification;

/** Recipients as logs and lists may show them. */
final class Masking {

    private Masking() {
    }

    /** {@code +994501234567} → {@code +99450***4567} */
    static String phone(String phone) {
        return phone == null || phone.length() < 9 ? "***" : phone.substring(0, 6) + "***" + phone.substring(phone.length() - 4);
    }

    /** {@code resad.aliyev@example.az} → {@code r***@example.az} */
    static String email(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    static String recipient(Channel channel, String recipient) {
        return channel == Channel.SMS ? phone(recipient) : email(recipient);
    }
}
