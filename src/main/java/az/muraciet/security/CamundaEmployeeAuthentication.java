package az.muraciet.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Employees are Camunda users: HTTP Basic with their Camunda user id and password. */
class CamundaEmployeeAuthentication implements AuthenticationProvider {

    static final String EMPLOYEE = "ROLE_EMPLOYEE";

    private final VerifiedEmployees employees;

    CamundaEmployeeAuthentication(VerifiedEmployees employees) {
        this.employees = employees;
    }

    static Authentication employee(String userId) {
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of(new SimpleGrantedAuthority(EMPLOYEE)));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        if (employees.verify(user, String.valueOf(authentication.getCredentials())).isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        return employee(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
