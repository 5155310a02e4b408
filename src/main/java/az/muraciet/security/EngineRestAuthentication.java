package az.muraciet.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Camunda's authentication of the engine REST API with HTTP Basic against Camunda's users
 * ({@link ProcessEngineAuthenticationFilter} with {@link HttpBasicAuthenticationProvider}), the employee's password,
 * groups and tenants answered from {@link VerifiedEmployees}. Everything else is Camunda's: the 401 and its challenge,
 * the engine's authentication for the request and its clearing.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final ObjectProvider<ProcessEngine> ownEngine;
    private volatile ProcessEngine engine;

    EngineRestAuthentication(VerifiedEmployees employees, ObjectProvider<ProcessEngine> ownEngine) {
        this.authenticationProvider = new VerifiedHttpBasic(employees);
        this.ownEngine = ownEngine;
    }

    /**
     * The application's own engine, without Camunda's look-up through {@code ServiceLoader}: on every request that
     * reads the service files of every jar inside the application's jar (2 % of the application's CPU under load).
     */
    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        ProcessEngine own = engine;
        if (own == null) {
            own = ownEngine.getIfAvailable();
            engine = own;
        }
        return own != null && own.getName().equals(engineName) ? own : super.getAddressedEngine(engineName);
    }

    /** Camunda's init would make the provider from an init parameter; here it is given. */
    @Override
    public void init(FilterConfig config) {
        servletPathPrefix = config.getInitParameter(SERVLET_PATH_PREFIX);
    }

    private static class VerifiedHttpBasic extends HttpBasicAuthenticationProvider {

        private final VerifiedEmployees employees;

        VerifiedHttpBasic(VerifiedEmployees employees) {
            this.employees = employees;
        }

        /** The header read as Camunda's provider reads it. */
        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) {
                return AuthenticationResult.unsuccessful();
            }
            String credentials = new String(Base64.decodeBase64(header.substring(BASIC_AUTH_HEADER_PREFIX.length())));
            int colon = credentials.indexOf(':');
            if (colon == -1) {
                return AuthenticationResult.unsuccessful();
            }
            String user = credentials.substring(0, colon);
            return employees.verify(user, credentials.substring(colon + 1)).map(employee -> {
                AuthenticationResult result = AuthenticationResult.successful(user);
                // the filter hands them to the engine: a list of its own for every request, as Camunda's queries give
                result.setGroups(new ArrayList<>(employee.groups()));
                result.setTenants(new ArrayList<>(employee.tenants()));
                return result;
            }).orElseGet(() -> AuthenticationResult.unsuccessful(user));
        }
    }
}
