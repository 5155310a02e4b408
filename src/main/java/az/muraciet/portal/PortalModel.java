package az.muraciet.portal;

import java.util.Locale;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every portal page's layout needs: the reading preferences and the page's own address (to come back to).
 * Applies to the controllers of this package and its sub-packages: those are the portal's pages; an exception
 * handler's page gets the same through {@link #errorPage}.
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

    /**
     * A page for an exception handler: {@code @ModelAttribute} methods do not run for those, so the frame's model is
     * added here (the address without its query).
     */
    static ModelAndView errorPage(String view, HttpStatusCode status, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("prefs", PortalPreferences.of(cookie(request, PortalPreferences.TEXT_COOKIE),
                cookie(request, PortalPreferences.CONTRAST_COOKIE), locale));
        page.addObject("currentPath", ReturnPaths.safe(request.getRequestURI()));
        return page;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie cookie = WebUtils.getCookie(request, name);
        return cookie == null ? null : cookie.getValue();
    }
}
