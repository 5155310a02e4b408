package az.muraciet;

import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import az.muraciet.identity.Citizen;

/**
 * Sessions of the running server (tests on a real port): a citizen logged in to the portal, as the portal's login
 * leaves the session (its security context), without going through the SMS code. The browser's cookie is
 * {@code JSESSIONID=<id>}.
 */
public final class ServerSessions {

    private final Context context;

    public ServerSessions(ServletWebServerApplicationContext application) {
        TomcatWebServer server = (TomcatWebServer) application.getWebServer();
        this.context = (Context) server.getTomcat().getHost().findChildren()[0];
    }

    /** @return the session id of a citizen logged in to the portal */
    public String citizen(String fin) {
        Session session = context.getManager().createSession(null);
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(fin, null,
                        List.of(new SimpleGrantedAuthority(Citizen.AUTHORITY)))));
        return session.getId();
    }

    /** The server's session of that id, to look into. */
    public jakarta.servlet.http.HttpSession find(String id) throws java.io.IOException {
        Session session = context.getManager().findSession(id);
        return session == null ? null : session.getSession();
    }
}
