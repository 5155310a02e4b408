package az.muraciet.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Operators are Camunda administrators: their password is checked against Camunda's identity service. */
class CamundaOperatorAuthentication implements AuthenticationProvider {

    static final String OPERATOR = "ROLE_OPERATOR";

    private final IdentityService identity;

    CamundaOperatorAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identity.checkPassword(user, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        boolean admin = identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                admin ? List.of(new SimpleGrantedAuthority(OPERATOR)) : List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
