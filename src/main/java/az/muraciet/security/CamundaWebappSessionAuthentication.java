package az.muraciet.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * An employee logged in to the Camunda webapps (Tasklist) is authenticated here too: the webapps keep their login in
 * the HTTP session, which a link opened from a task form carries. Only that login counts — a citizen's portal session
 * in the same cookie is not an employee — and only while the user still exists.
 */
class CamundaWebappSessionAuthentication extends OncePerRequestFilter {

    private final String engineName;
    private final IdentityService identity;

    CamundaWebappSessionAuthentication(String engineName, IdentityService identity) {
        this.engineName = engineName;
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
            Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engineName);
            if (login != null && login.getIdentityId() != null
                    && identity.createUserQuery().userId(login.getIdentityId()).count() > 0) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(CamundaEmployeeAuthentication.employee(login.getIdentityId()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
