package az.muraciet.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Without a client registration configured nothing of OpenID Connect is active: no link, no endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginWithoutIdentityProviderTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void theLoginPageOffersOnlyTheFinAndTheProviderEndpointsAreNotThere() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());

        assertThat(page.select("form[action=/login] input[name=fin]")).hasSize(1);
        assertThat(page.select("a[href^=/oauth2/]")).isEmpty();
        assertThat(page.text()).doesNotContain("ASAN Login");
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(mvc.perform(get("/oauth2/authorization/asan")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/login/oauth2/code/asan").param("code", "x").param("state", "y"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
