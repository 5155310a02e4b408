package az.muraciet.portal;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.ResponseCookie;

/**
 * What the citizen chose for reading the portal (the guide's "Yazı ölçüsü" and "Ekran rəngi", and the language),
 * kept in cookies so that it holds across pages and visits, before and after login.
 *
 * @param largeText larger text size
 * @param highContrast the high-contrast colour mode
 * @param language {@code az} (default) or {@code en}
 */
public record PortalPreferences(boolean largeText, boolean highContrast, String language) {

    static final String TEXT_COOKIE = "muraciet-text";
    static final String CONTRAST_COOKIE = "muraciet-contrast";
    static final String LANGUAGE_COOKIE = "muraciet-lang";
    static final Set<String> LANGUAGES = Set.of("az", "en");
    static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("az");
    private static final Duration KEPT_FOR = Duration.ofDays(365);

    static PortalPreferences of(String text, String contrast, Locale locale) {
        String language = locale != null && LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "az";
        return new PortalPreferences("large".equals(text), "high".equals(contrast), language);
    }

    /** The classes of the page's {@code <html>} element that the style sheet reacts to. */
    public String cssClasses() {
        return ((largeText ? "text-large " : "") + (highContrast ? "contrast-high" : "")).trim();
    }

    static ResponseCookie cookie(String name, String value, boolean secure) {
        return ResponseCookie.from(name, value).path("/").maxAge(KEPT_FOR).httpOnly(true).secure(secure)
                .sameSite("Lax").build();
    }
}
