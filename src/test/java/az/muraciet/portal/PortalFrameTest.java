package az.muraciet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

@SpringBootTest
@AutoConfigureMockMvc
class PortalFrameTest {

    @Autowired
    MockMvc mvc;

    @Test
    void catalogueIsOpenBeforeLoginInAzerbaijaniWithStrictSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/services")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", PortalPathsView.CSP))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andReturn().getResponse();
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("az");
        assertThat(page.selectFirst("h1").text()).isEqualTo("E-xidmətlər");
        assertThat(page.select(".card h2").eachText()).contains("Su sayğaclarının quraşdırılması müraciəti");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("a[href=/login]")).hasSize(1);
    }

    @Test
    void searchFindsAServiceWhateverTheCaseAndAzerbaijaniLetters() throws Exception {
        for (String query : new String[] { "sayğac", "SAYĞAC", "saygac", "METER" }) {
            Document page = Jsoup.parse(mvc.perform(get("/services").param("q", query))
                    .andReturn().getResponse().getContentAsString());
            assertThat(page.select(".card h2").eachText()).as(query).contains("Su sayğaclarının quraşdırılması müraciəti");
        }
        Document none = Jsoup.parse(mvc.perform(get("/services").param("q", "<script>alert(1)</script>"))
                .andReturn().getResponse().getContentAsString());
        assertThat(none.select(".card")).isEmpty();
        assertThat(none.selectFirst("p.empty")).isNotNull();
        assertThat(none.select("script")).isEmpty();
        assertThat(none.selectFirst("#q").val()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void pagesBehindLoginSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String path : new String[] { "/", "/applications", "/profile", "/statements", "/notifications",
                "/services/WATER_METER_INSTALLATION/apply" }) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("http://localhost/login"));
        }
        mvc.perform(get("/").with(user("1AB2C3D").roles("CITIZEN")))
                .andExpect(redirectedUrl("/applications"));
    }

    @Test
    void textSizeContrastAndLanguageAreKeptInCookiesAndShapeEveryPage() throws Exception {
        var set = mvc.perform(post("/preferences").with(csrf()).param("textSize", "large")
                        .param("returnTo", "/services?q=su"))
                .andExpect(redirectedUrl("/services?q=su"))
                .andExpect(cookie().value("muraciet-text", "large"))
                .andExpect(cookie().httpOnly("muraciet-text", true))
                .andReturn().getResponse();
        assertThat(set.getHeader("Set-Cookie")).contains("SameSite=Lax").contains("Max-Age=31536000");
        mvc.perform(post("/preferences").with(csrf()).param("contrast", "high")).andExpect(redirectedUrl("/"));
        mvc.perform(post("/preferences").with(csrf()).param("language", "en"))
                .andExpect(cookie().value("muraciet-lang", "en"));

        Document page = Jsoup.parse(mvc.perform(get("/services").cookie(new Cookie("muraciet-text", "large"),
                new Cookie("muraciet-contrast", "high"), new Cookie("muraciet-lang", "en")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("html").classNames()).containsExactlyInAnyOrder("text-large", "contrast-high");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("E-services");
        assertThat(page.select(".card h2").eachText()).contains("Water meter installation application");
        assertThat(page.select(".preferences button[name=language]").text()).isEqualTo("Azərbaycanca");
    }

    @Test
    void preferencesRefuseForeignReturnAddressesUnknownValuesAndRequestsWithoutCsrfToken() throws Exception {
        for (String target : new String[] { "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "/services\r\nSet-Cookie: x=y" }) {
            mvc.perform(post("/preferences").with(csrf()).param("textSize", "large").param("returnTo", target))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/preferences").with(csrf()).param("language", "xx' onload='1"))
                .andExpect(cookie().value("muraciet-lang", "az"));
        mvc.perform(post("/preferences").param("textSize", "large")).andExpect(status().isForbidden())
                .andExpect(cookie().doesNotExist("muraciet-text"));
    }

    /** The policy as the portal must send it; a change to it is a decision, so it is spelled out here too. */
    private static final class PortalPathsView {
        static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }
}
