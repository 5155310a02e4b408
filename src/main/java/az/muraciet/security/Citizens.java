package az.muraciet.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Citizens of the API, by FIN: the demo citizens log in with HTTP Basic, and only when demo data is on. The portal
 * logs citizens in itself (FIN and a code by SMS, or ASAN Login: the portal's login pages and the identity package).
 */
@Configuration(proxyBeanMethods = false)
class Citizens {

    static final String ROLE = "CITIZEN";

    @Bean
    UserDetailsService apiCitizens(@Value("${muraciet.demo.enabled:false}") boolean demo) {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
        if (demo) {
            PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            for (String fin : DemoCitizens.FINS) {
                accounts.createUser(User.withUsername(fin).password(encoder.encode(DemoCitizens.PASSWORD)).roles(ROLE).build());
            }
        }
        return accounts;
    }
}
