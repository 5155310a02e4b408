package az.muraciet.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Citizens' HTTP Basic logins on the API: checked as Spring Security checks them ({@link DaoAuthenticationProvider}
 * with the citizens' accounts, its exceptions and all), then answered from {@link VerifiedCredentials} for a short
 * while instead of checking the same BCrypt hash on every request.
 */
class VerifiedCitizens implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;
    private final VerifiedCredentials<Authentication> verified;

    VerifiedCitizens(UserDetailsService citizens, VerifiedCredentials<Authentication> verified) {
        this.accounts = new DaoAuthenticationProvider(citizens);
        this.verified = verified;
    }

    VerifiedCitizens(UserDetailsService citizens, Duration lifetime) {
        this(citizens, new VerifiedCredentials<>(lifetime));
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Authentication citizen = verified.check(request.getName(), String.valueOf(request.getCredentials()),
                (user, password) -> Optional.of(withoutPassword(accounts.authenticate(request)))).orElseThrow();
        // as the account check makes it, with this request's details
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                citizen.getPrincipal(), request.getCredentials(), citizen.getAuthorities());
        result.setDetails(request.getDetails());
        return result;
    }

    private static Authentication withoutPassword(Authentication checked) {
        return UsernamePasswordAuthenticationToken.authenticated(checked.getPrincipal(), null, checked.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return accounts.supports(authentication);
    }
}
