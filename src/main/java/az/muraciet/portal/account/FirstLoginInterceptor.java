package az.muraciet.portal.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import az.muraciet.identity.ContactDetails;
import az.muraciet.portal.ReturnPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A citizen without a verified contact mobile and an e-mail address is sent to first login ({@code /welcome}) from
 * every portal page (the controllers of package {@code az.muraciet.portal} and below), except first login itself,
 * the e-mail link, the login pages and the reading preferences. Static files and the APIs are not pages.
 */
class FirstLoginInterceptor implements HandlerInterceptor {

    private static final String PORTAL_PACKAGE = ReturnPaths.class.getPackageName();
    /** The FIN whose first login is known to be done: contact details, once given, are never taken away again. */
    private static final String FIRST_LOGIN_DONE = FirstLoginInterceptor.class.getName() + ".done";

    private final ContactDetails contacts;

    FirstLoginInterceptor(ContactDetails contacts) {
        this.contacts = contacts;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod page) || !isPortalPage(page) || isExempt(pathOf(request))) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!CitizenSessions.isCitizen(authentication) || firstLoginDone(request, authentication.getName())) {
            return true;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(WelcomeForm.RETURN_TO,
                    ReturnPaths.safe(pathOf(request) + (query == null ? "" : "?" + query)));
        }
        response.sendRedirect(request.getContextPath() + "/welcome");
        return false;
    }

    /** Asks the database only until the first login is done, not on every page after that. */
    private boolean firstLoginDone(HttpServletRequest request, String fin) {
        HttpSession session = request.getSession(false);
        if (session != null && fin.equals(session.getAttribute(FIRST_LOGIN_DONE))) {
            return true;
        }
        if (contacts.firstLoginPending(fin)) {
            return false;
        }
        if (session != null) {
            session.setAttribute(FIRST_LOGIN_DONE, fin);
        }
        return true;
    }

    private static boolean isPortalPage(HandlerMethod page) {
        String name = page.getBeanType().getPackageName();
        return name.equals(PORTAL_PACKAGE) || name.startsWith(PORTAL_PACKAGE + ".");
    }

    private static boolean isExempt(String path) {
        return path.equals("/welcome") || path.startsWith("/welcome/") || path.equals("/login")
                || path.startsWith("/login/") || path.equals("/logout") || path.equals("/preferences");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
