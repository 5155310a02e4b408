package az.muraciet.portal.account;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.stereotype.Component;

import az.muraciet.identity.Citizen;
import az.muraciet.portal.ReturnPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns a verified FIN into a logged-in session, as Spring Security's own login filters would: a new session id
 * (no fixation), a new CSRF token, the security context kept in the session, and back to the page first asked for.
 */
@Component
class CitizenSessions {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SessionAuthenticationStrategy sessions = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(),
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    private final RequestCache requests = new HttpSessionRequestCache();

    /** @return the local path to go on to: the page asked for before login, else {@code /} */
    String logIn(String fin, HttpServletRequest request, HttpServletResponse response) {
        Authentication citizen = UsernamePasswordAuthenticationToken.authenticated(fin, null,
                List.of(new SimpleGrantedAuthority(Citizen.AUTHORITY)));
        sessions.onAuthentication(citizen, request, response);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(citizen);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (saved instanceof DefaultSavedRequest page && "GET".equals(page.getMethod())) {
            String path = page.getRequestURI().substring(request.getContextPath().length());
            return ReturnPaths.safe(page.getQueryString() == null ? path : path + "?" + page.getQueryString());
        }
        return "/";
    }

    static boolean isCitizen(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(a -> Citizen.AUTHORITY.equals(a.getAuthority()));
    }
}
