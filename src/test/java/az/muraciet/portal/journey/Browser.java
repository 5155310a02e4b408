package az.muraciet.portal.journey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import jakarta.servlet.http.Cookie;

/**
 * A citizen using the portal as a browser without JavaScript would: pages read with jsoup, forms posted with exactly
 * the fields a browser sends (jsoup's {@code formData()}: ticked boxes only, the selected option, hidden fields),
 * a CSRF token on every post, the language cookie if set, one session throughout.
 */
final class Browser {

    private final MockMvc mvc;
    private final String fin;
    private final Cookie[] cookies;
    private final MockHttpSession session = new MockHttpSession();

    Browser(MockMvc mvc, String fin, Cookie... cookies) {
        this.mvc = mvc;
        this.fin = fin;
        this.cookies = cookies;
    }

    Page get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path));
    }

    /** Posts the form found by {@code selector} on the page, with some fields changed ({@code null} removes one). */
    Page submit(Page page, String selector, Map<String, String> changes) throws Exception {
        FormElement form = page.form(selector);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (KeyVal field : form.formData()) {
            if (!field.key().equals("_csrf")) {
                fields.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(field.value());
            }
        }
        changes.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, List.of(value));
            }
        });
        return post(form.attr("action"), fields);
    }

    Page post(String path, Map<String, List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return perform(request.with(csrf()));
    }

    Page post(String path) throws Exception {
        return post(path, Map.of());
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(user(fin).roles("CITIZEN")).session(session);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return new Page(mvc.perform(request).andReturn().getResponse());
    }

    static Browser of(MockMvc mvc, String fin) {
        return new Browser(mvc, fin);
    }

    static Browser inEnglish(MockMvc mvc, String fin) {
        return new Browser(mvc, fin, new Cookie("muraciet-lang", "en"));
    }

    /** One answer: its status, redirect, and the page as a document. */
    record Page(MockHttpServletResponse response) {

        int status() {
            return response.getStatus();
        }

        String redirect() {
            return response.getRedirectedUrl();
        }

        String html() throws Exception {
            return response.getContentAsString(StandardCharsets.UTF_8);
        }

        Document doc() throws Exception {
            return Jsoup.parse(html(), "http://localhost/");
        }

        FormElement form(String selector) throws Exception {
            var forms = doc().select(selector).forms();
            if (forms.size() != 1) {
                throw new AssertionError("Expected one form '" + selector + "', found " + forms.size() + " in:\n" + html());
            }
            return forms.get(0);
        }
    }
}
