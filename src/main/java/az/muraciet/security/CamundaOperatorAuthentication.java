package az.muraciet.security;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Operators are Camunda administrators: their password is checked by Camunda ({@link VerifiedEmployees}). */
class CamundaOperatorAuthentication implements AuthenticationProvider {

    static final String OPERATOR = "ROLE_OPERATOR";

    private final VerifiedEmployees employees;

    CamundaOperatorAuthentication(VerifiedEmployees employees) {
        this.employees = employees;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        VerifiedEmployees.Employee employee = employees.verify(user, String.valueOf(authentication.getCredentials()))
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        boolean admin = employee.groups().contains(Groups.CAMUNDA_ADMIN);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                admin ? List.of(new SimpleGrantedAuthority(OPERATOR)) : List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
