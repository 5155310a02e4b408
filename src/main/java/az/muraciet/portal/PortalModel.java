package az.muraciet.portal;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every portal page's layout needs: the reading preferences and the page's own address (to come back to).
 * Applies to the controllers of this package and its sub-packages: those are the portal's pages.
 */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute("prefs")
    PortalPreferences preferences(@CookieValue(name = PortalPreferences.TEXT_COOKIE, required = false) String text,
            @CookieValue(name = PortalPreferences.CONTRAST_COOKIE, required = false) String contrast, Locale locale) {
        return PortalPreferences.of(text, contrast, locale);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return ReturnPaths.safe(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
