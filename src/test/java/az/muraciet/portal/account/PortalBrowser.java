package az.muraciet.portal.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * A browser without JavaScript over MockMvc: one session, the cookies the pages set, pages parsed with jsoup, forms
 * submitted with what they hold (the CSRF token included, as the page rendered it), redirects followed.
 */
final class PortalBrowser {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private MockHttpSession session = new MockHttpSession();
    private Page page;

    PortalBrowser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A page as the browser shows it after following redirects; {@code redirects} are the addresses passed. */
    record Page(int status, String path, Document html, java.util.List<String> redirects) {

        String text(String selector) {
            Element element = html.selectFirst(selector);
            return element == null ? null : element.text();
        }

        boolean has(String selector) {
            return html.selectFirst(selector) != null;
        }
    }

    Page open(String path) throws Exception {
        return follow(path, get(path), new java.util.ArrayList<>());
    }

    /** Fills in and submits the form matching {@code formSelector} on the current page. */
    Page submit(String formSelector, String... nameValues) throws Exception {
        Element form = page.html().selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on " + page.path() + ":\n" + page.html().select("main"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], nameValues[i + 1]);
        }
        return post(form.attr("action"), fields);
    }

    /** A POST as a hostile page would send it: without the form's token unless the fields hold one. */
    Page post(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).characterEncoding(StandardCharsets.UTF_8);
        fields.forEach(request::param);
        return follow(path, request, new java.util.ArrayList<>());
    }

    String csrfToken() {
        Element token = page.html().selectFirst("input[name=_csrf]");
        return token == null ? null : token.val();
    }

    MockHttpSession session() {
        return session;
    }

    /** Starts afresh, as another browser. */
    void forget() {
        session = new MockHttpSession();
        cookies.clear();
        page = null;
    }

    Page page() {
        return page;
    }

    private Page follow(String path, MockHttpServletRequestBuilder request, java.util.List<String> redirects)
            throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else if (!"JSESSIONID".equals(cookie.getName())) {
                cookies.put(cookie.getName(), new Cookie(cookie.getName(), cookie.getValue()));
            }
        }
        if (session.isInvalid()) {
            session = new MockHttpSession();
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() / 100 == 3 && location != null) {
            String next = URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? ""
                    : "?" + URI.create(location).getRawQuery());
            if (location.startsWith("http") && !location.startsWith("http://localhost/")) {
                page = new Page(response.getStatus(), location, Jsoup.parse(""), redirects);
                return page;
            }
            redirects.add(next);
            if (redirects.size() > 10) {
                throw new AssertionError("Redirect loop: " + redirects);
            }
            return follow(next, get(next), redirects);
        }
        page = new Page(response.getStatus(), path, Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)),
                redirects);
        return page;
    }
}
