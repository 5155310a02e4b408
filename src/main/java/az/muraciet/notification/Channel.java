package az.muraciet.notification;

import java.util.List;
import java.util.Locale;

/** The ways a citizen is told about their case, and the languages each one speaks. */
public enum Channel {
    SMS(List.of(Language.AZ)),
    EMAIL(List.of(Language.AZ, Language.EN));

    private final List<Language> languages;

    Channel(List<Language> languages) {
        this.languages = languages;
    }

    List<Language> languages() {
        return languages;
    }

    String folder() {
        return name().toLowerCase(Locale.ROOT);
    }
}
