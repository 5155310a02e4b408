package az.muraciet.identity;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The SMS texts are Azerbaijani only (the notification channel's rule); e-mails follow the citizen's language. */
final class IdentityTexts {

    static final Locale AZERBAIJANI = Locale.forLanguageTag("az");

    private IdentityTexts() {
    }

    /** @return the SMS with {@code %s} where the code goes */
    static String sms(MessageSource texts, String key, IdentityProperties properties) {
        return texts.getMessage(key, new Object[] { "%s", properties.codeValidity().toMinutes() }, AZERBAIJANI);
    }
}
