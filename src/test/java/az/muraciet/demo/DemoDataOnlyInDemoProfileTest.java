package az.muraciet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;

import az.muraciet.identity.CitizenAccounts;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.Invoices;
import az.muraciet.subscriber.Payments;
import az.muraciet.subscriber.Subscribers;

/**
 * With any profile named, the default (demo) profile is off: no demo employees, admin, citizens or subscribers; the
 * only user is the administrator the environment names.
 */
@SpringBootTest(properties = { "MURACIET_ADMIN_USER=operator", "MURACIET_ADMIN_PASSWORD=Qala-Kapi!7 Bayil" })
@ActiveProfiles("no-demo")
class DemoDataOnlyInDemoProfileTest {

    @Autowired IdentityService identity;
    @Autowired Subscribers subscribers;
    @Autowired UserDetailsService citizens;
    @Autowired CitizenAccounts citizenAccounts;
    @Autowired Invoices invoices;
    @Autowired Payments payments;

    @Test
    void nothingOfTheDemoIsThere() {
        assertThat(identity.createUserQuery().list()).extracting(org.camunda.bpm.engine.identity.User::getId)
                .containsExactly("operator");
        assertThat(identity.createGroupQuery().groupId("azersu-yasamal").count()).isZero();
        assertThat(subscribers.count()).isZero();
        assertThat(citizenAccounts.count()).isZero();
        assertThat(invoices.count()).isZero();
        assertThat(payments.count()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> citizens.loadUserByUsername(DemoCitizens.RASHAD))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
