package az.muraciet.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Citizens of the API, by FIN: the demo citizens log in with HTTP Basic, and only when demo data is on. The portal
 * logs citizens in itself (FIN and a code by SMS, or ASAN Login: the portal's login pages and the identity package).
 *
 * <p>The demo password is published in the README, so its hash protects nothing; it is a BCrypt hash of the lowest
 * cost (about 1 ms to check, where the default cost takes 50 to 120 ms on a 2-core node — on every stateless API
 * request that {@link VerifiedCitizens} cannot answer). The accounts are offered only as a {@link UserDetailsService},
 * not as a password service, so that Spring Security does not "upgrade" the hash to the default cost at the first
 * login.
 */
@Configuration(proxyBeanMethods = false)
class Citizens {

    static final String ROLE = "CITIZEN";
    /** BCrypt's lowest cost: 2^4 rounds. */
    static final int DEMO_PASSWORD_COST = 4;

    @Bean
    UserDetailsService apiCitizens(@Value("${muraciet.demo.enabled:false}") boolean demo) {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
        if (demo) {
            PasswordEncoder encoder = new BCryptPasswordEncoder(DEMO_PASSWORD_COST);
            for (String fin : DemoCitizens.FINS) {
                accounts.createUser(User.withUsername(fin).password("{bcrypt}" + encoder.encode(DemoCitizens.PASSWORD))
                        .roles(ROLE).build());
            }
        }
        return accounts::loadUserByUsername;
    }
}
