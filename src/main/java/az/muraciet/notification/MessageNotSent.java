package az.muraciet.notification;

/** An SMS or e-mail that the gateway or the mail server did not take; nothing was delivered. */
public class MessageNotSent extends RuntimeException {

    MessageNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
