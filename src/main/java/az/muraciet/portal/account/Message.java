package az.muraciet.portal.account;

import java.io.Serializable;
import java.util.Map;

/**
 * A text of the identity bundle with its arguments, to be resolved in the page's language
 * ({@code #messages.msgWithParams(m.key, m.args)}); kept in the session across a redirect, so serializable.
 */
record Message(String key, Object[] args) implements Serializable {

    static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    /** A message above the form: {@code kind} is the CSS modifier of {@code .notice} (success, error, warning). */
    record Notice(String kind, Message message) implements Serializable {

        static Notice success(String key, Object... args) {
            return new Notice("success", Message.of(key, args));
        }

        static Notice error(String key, Object... args) {
            return new Notice("error", Message.of(key, args));
        }

        static Notice warning(String key, Object... args) {
            return new Notice("warning", Message.of(key, args));
        }
    }

    /** Field name → its error, for the form's fields. */
    static Map<String, Message> none() {
        return Map.of();
    }
}
