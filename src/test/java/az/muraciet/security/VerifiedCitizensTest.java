package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A citizen's API password is checked against their account once, then answered from the cache: the same
 * authentication as the account check gives, with each request's own details; a wrong password is still refused.
 */
class VerifiedCitizensTest {

    private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(User.withUsername(DemoCitizens.RASHAD)
            .password("{bcrypt}" + new BCryptPasswordEncoder(Citizens.DEMO_PASSWORD_COST).encode(DemoCitizens.PASSWORD))
            .roles(Citizens.ROLE).build());
    private final AtomicInteger lookups = new AtomicInteger();
    private final UserDetailsService countedAccounts = fin -> {
        lookups.incrementAndGet();
        return accounts.loadUserByUsername(fin);
    };
    private final VerifiedCredentials<Authentication> verified = new VerifiedCredentials<>(Duration.ofSeconds(60));
    private final VerifiedCitizens citizens = new VerifiedCitizens(countedAccounts, verified);

    @Test
    void theSecondLoginIsAnsweredWithoutCheckingTheAccountAgain() {
        Authentication first = citizens.authenticate(login(DemoCitizens.PASSWORD, "first"));
        Authentication second = citizens.authenticate(login(DemoCitizens.PASSWORD, "second"));

        assertThat(lookups).hasValue(1);
        for (Authentication citizen : new Authentication[] { first, second }) {
            assertThat(citizen.isAuthenticated()).isTrue();
            assertThat(citizen.getName()).isEqualTo(DemoCitizens.RASHAD);
            assertThat(citizen.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CITIZEN");
        }
        assertThat(first.getDetails()).isEqualTo("first");
        assertThat(second.getDetails()).as("each request's own").isEqualTo("second");
    }

    @Test
    void aWrongPasswordIsCheckedAgainstTheAccountAndRefused() {
        citizens.authenticate(login(DemoCitizens.PASSWORD, "first"));

        assertThatThrownBy(() -> citizens.authenticate(login("wrong", "second"))).isInstanceOf(BadCredentialsException.class);
        citizens.authenticate(login(DemoCitizens.PASSWORD, "third"));

        assertThat(lookups).as("the wrong one and the right one after it").hasValue(3);
    }

    @Test
    void anUnknownCitizenIsRefusedAsAWrongPassword() {
        assertThatThrownBy(() -> citizens.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("0ZZ0ZZ0", DemoCitizens.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theCacheKeepsNoPassword() {
        citizens.authenticate(login(DemoCitizens.PASSWORD, "first"));

        Authentication kept = verified.entries().get(DemoCitizens.RASHAD).verified();
        assertThat(kept.getCredentials()).isNull();
    }

    private static Authentication login(String password, String details) {
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(DemoCitizens.RASHAD,
                password);
        login.setDetails(details);
        return login;
    }
}
