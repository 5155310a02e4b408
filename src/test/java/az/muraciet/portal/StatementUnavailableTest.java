package az.muraciet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import az.muraciet.security.DemoCitizens;
import jakarta.servlet.http.Cookie;

/**
 * Billing unreachable for real: a billing table is renamed away for the duration of the request, then put back. The
 * statement is refused whole (503, a clear message, not one row), the PDF too; afterwards it works again on the same
 * data. Runs on a context of its own (its own properties, so its own in-memory database): no other test sees the gap.
 */
@SpringBootTest(properties = "muraciet.statements.billing-timeout=PT2S")
@AutoConfigureMockMvc
class StatementUnavailableTest {

    static final String MESSAGE = "Xidmət müvəqqəti əlçatan deyil, bir az sonra yenidən cəhd edin.";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void withoutTheInvoicesThePageAndThePdfAnswer503AndShowNothingOfTheStatement() throws Exception {
        Map<String, Object> before = billingOf("10000002");
        assertThat(statementPage().select("table tbody tr")).hasSize(12);

        withTableRenamed("invoice", () -> {
            assertRefusedWhole();
        });

        Document again = statementPage();
        assertThat(again.select("table tbody tr")).hasSize(12);
        assertThat(billingOf("10000002")).isEqualTo(before);
        assertThat(again.select("table tfoot td").get(1).text()).isEqualTo(before.get("invoiced").toString());
    }

    @Test
    void withoutThePaymentsTheInvoicesAlreadyReadAreNotShownEither() throws Exception {
        Map<String, Object> before = billingOf("10000002");

        withTableRenamed("payment", () -> {
            assertRefusedWhole();
        });

        assertThat(statementPage().select("table tbody tr")).hasSize(12);
        assertThat(billingOf("10000002")).isEqualTo(before);
    }

    @Test
    void theRefusalSpeaksTheCitizensLanguage() throws Exception {
        withTableRenamed("invoice", () -> {
            MockHttpServletResponse response = mvc.perform(get("/statements/10000002").with(rashad())
                    .cookie(new Cookie("muraciet-lang", "en"))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(503);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(page.selectFirst(".notice").text())
                    .isEqualTo("The service is temporarily unavailable, please try again a little later.");
        });
    }

    @Test
    void aCodeThatIsNotTheCitizensIsStillNotFoundWhileBillingIsDown() throws Exception {
        withTableRenamed("invoice", () -> {
            assertThat(mvc.perform(get("/statements/10000003").with(rashad())).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
        });
    }

    private void assertRefusedWhole() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/statements/10000002").with(rashad()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst(".notice").text()).isEqualTo(MESSAGE);
        assertThat(page.select("table, dl.facts, tr")).isEmpty();
        assertThat(page.text()).doesNotContain("Cəmi", "Füzuli küç.", "ELEKTRON ARAYIŞ", "Exception");
        assertThat(page.select("a.button").attr("href")).isEqualTo("/statements/10000002");

        MockHttpServletResponse pdf = mvc.perform(get("/statements/10000002.pdf").with(rashad()))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(503);
        assertThat(pdf.getContentType()).startsWith("text/html");
        assertThat(pdf.getHeader("Content-Disposition")).isNull();
        assertThat(Jsoup.parse(pdf.getContentAsString()).selectFirst(".notice").text()).isEqualTo(MESSAGE);
    }

    /** The table is gone while {@code during} runs, and back afterwards whatever happens. */
    private void withTableRenamed(String table, ThrowingRunnable during) throws Exception {
        jdbc.execute("alter table " + table + " rename to " + table + "_unreachable");
        try {
            during.run();
        } finally {
            jdbc.execute("alter table " + table + "_unreachable rename to " + table);
        }
    }

    private Document statementPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/statements/10000002").with(rashad()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private Map<String, Object> billingOf(String code) {
        return jdbc.queryForMap("""
                select (select count(*) from invoice where subscriber_code = ?) as invoices,
                       (select sum(invoiced_azn) from invoice where subscriber_code = ?
                           and report_year * 100 + report_month >= ?) as invoiced,
                       (select count(*) from payment where subscriber_code = ?) as payments,
                       (select sum(amount_azn) from payment where subscriber_code = ?) as paid""",
                code, code, firstMonthKey(), code, code);
    }

    /** yyyymm of the statement's oldest month: today's month, 11 back. */
    private static int firstMonthKey() {
        java.time.YearMonth first = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Baku")).minusMonths(11);
        return first.getYear() * 100 + first.getMonthValue();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor rashad() {
        return user(DemoCitizens.RASHAD).roles("CITIZEN");
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
