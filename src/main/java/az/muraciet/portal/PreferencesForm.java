package az.muraciet.portal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The buttons at the top of every page: text size, colour mode, language. Works without JavaScript. */
@Controller
class PreferencesForm {

    private final boolean secureCookies;

    PreferencesForm(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @PostMapping("/preferences")
    String change(@RequestParam(required = false) String textSize, @RequestParam(required = false) String contrast,
            @RequestParam(required = false) String language, @RequestParam(required = false) String returnTo,
            HttpServletResponse response) {
        if (textSize != null) {
            set(response, PortalPreferences.TEXT_COOKIE, "large".equals(textSize) ? "large" : "normal");
        }
        if (contrast != null) {
            set(response, PortalPreferences.CONTRAST_COOKIE, "high".equals(contrast) ? "high" : "normal");
        }
        if (language != null) {
            String tag = PortalPreferences.LANGUAGES.contains(language) ? language : "az";
            set(response, PortalPreferences.LANGUAGE_COOKIE, Locale.forLanguageTag(tag).toLanguageTag());
        }
        return "redirect:" + ReturnPaths.safe(returnTo);
    }

    private void set(HttpServletResponse response, String name, String value) {
        response.addHeader(HttpHeaders.SET_COOKIE, PortalPreferences.cookie(name, value, secureCookies).toString());
    }
}
