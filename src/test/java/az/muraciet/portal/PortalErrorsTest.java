package az.muraciet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.RequestDispatcher;

/** Failed pages in the portal's look, and logs without the citizen's FIN, phone or e-mail. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalErrorsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void logsMaskFinsPhonesAndEmailAddressesButKeepTheTrace() {
        IllegalStateException cause = new IllegalStateException("duplicate key 1AB2C3D, +994501234567");
        RuntimeException failure = new RuntimeException("mail to resad.aliyev@example.az for 050 123 45 67 failed", cause);

        Throwable masked = PortalErrors.maskedCopy(failure, 0);

        assertThat(masked.getMessage()).isEqualTo("java.lang.RuntimeException: mail to ***@example.az for *** failed");
        assertThat(masked.getCause().getMessage()).isEqualTo("java.lang.IllegalStateException: duplicate key *******, ***");
        assertThat(masked.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(PortalErrors.masked("case AS-2026-000123 of WATER_METER_INSTALLATION")).as("not personal")
                .isEqualTo("case AS-2026-000123 of WATER_METER_INSTALLATION");
    }

    @Test
    void addressesNoPageAnswersGetThePortalsNotFoundAndServerErrorPages() throws Exception {
        for (int status : new int[] { 404, 403, 500, 503 }) {
            String html = mvc.perform(get("/error").with(user("1AB2C3D").roles("CITIZEN"))
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/applications/x/y")
                            .accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            Document page = Jsoup.parse(html);
            assertThat(page.select("header.site-header")).as("%d in the portal frame", status).hasSize(1);
            assertThat(page.selectFirst("h1").text()).as("%d", status).isEqualTo(switch (status) {
                case 404 -> "Səhifə tapılmadı";
                case 403 -> "Səhifənin vaxtı bitib";
                case 503 -> "Xidmət müvəqqəti əlçatan deyil";
                default -> "Gözlənilməz xəta baş verdi";
            });
            assertThat(page.select("script")).isEmpty();
        }
    }
}
