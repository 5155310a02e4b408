package az.muraciet.notification;

import java.util.Locale;

/** The languages of the citizen-facing texts, in the order they are shown: Azerbaijani first. */
enum Language {
    AZ,
    EN;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
