package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo citizens' API password is checked against a BCrypt hash of the lowest cost (every API request checks it),
 * it stays so after logins, and only the right password gets in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoCitizenPasswordsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService citizens;
    @Autowired(required = false) UserDetailsPasswordService passwordUpgrades;

    @Test
    void theDemoPasswordIsACheapHashThatStaysCheapAfterLogins() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/applications").with(httpBasic(DemoCitizens.RASHAD, DemoCitizens.PASSWORD)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/applications").with(httpBasic(DemoCitizens.RASHAD, "wrong")))
                .andExpect(status().isUnauthorized());

        assertThat(citizens.loadUserByUsername(DemoCitizens.RASHAD).getPassword()).startsWith("{bcrypt}$2a$04$");
        assertThat(passwordUpgrades).as("nothing re-hashes the password at the default cost").isNull();
    }
}
