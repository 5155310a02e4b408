package az.muraciet.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import jakarta.servlet.http.Cookie;

/**
 * A citizen's browser without JavaScript, over MockMvc: one session, the cookies the pages set, pages read with jsoup,
 * forms posted with exactly the fields a browser sends (jsoup's {@code formData()}: ticked boxes only, the selected
 * option, hidden fields, the CSRF token as the page rendered it), redirects followed.
 * <p>
 * {@code new PortalBrowser(mvc)} starts logged out and logs in through the pages, as a person does.
 * {@link #signedIn(MockMvc, String)} is a citizen already logged in: Spring Security's test support stands in for
 * the login and for the CSRF token of every POST ({@code user()}, {@code csrf()}), so that journey tests need no SMS.
 */
public final class PortalBrowser {

    private static final String BASE_URI = "http://localhost/";

    private final MockMvc mvc;
    private final String signedInFin;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private MockHttpSession session = new MockHttpSession();
    private Page page;

    public PortalBrowser(MockMvc mvc) {
        this(mvc, null);
    }

    private PortalBrowser(MockMvc mvc, String signedInFin) {
        this.mvc = mvc;
        this.signedInFin = signedInFin;
    }

    /** A citizen already logged in with this FIN. */
    public static PortalBrowser signedIn(MockMvc mvc, String fin) {
        return new PortalBrowser(mvc, fin);
    }

    /** The portal's language cookie set to English, as the language switch leaves it. */
    public PortalBrowser inEnglish() {
        cookies.put(PortalPreferences.LANGUAGE_COOKIE, new Cookie(PortalPreferences.LANGUAGE_COOKIE, "en"));
        return this;
    }

    /** Opens a page; the answer is the page shown after following any redirects. */
    public Page open(String path) throws Exception {
        return follow(path, MockMvcRequestBuilders.get(path), new ArrayList<>());
    }

    /** Fills in and submits the form matching {@code formSelector} on the current page: name, value, name, value... */
    public Page submit(String formSelector, String... nameValues) throws Exception {
        if (page == null) {
            throw new AssertionError("No page open to find " + formSelector + " on");
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            changes.put(nameValues[i], nameValues[i + 1]);
        }
        return submit(page, formSelector, changes);
    }

    /**
     * Submits the form matching {@code formSelector} on {@code page} (not necessarily the current one, as when a form
     * is sent twice), with some fields changed ({@code null} removes one).
     */
    public Page submit(Page page, String formSelector, Map<String, String> changes) throws Exception {
        FormElement form = page.form(formSelector);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (KeyVal field : form.formData()) {
            if (signedInFin == null || !field.key().equals("_csrf")) {
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
        return send(form.attr("action"), fields);
    }

    /**
     * Submits a form that takes files ({@code enctype="multipart/form-data"}) on {@code page}, as a browser does: the
     * form's fields (changed as given, {@code null} removes one) and each file under the name of its file input; a file
     * input left empty sends an empty part without a file name, as browsers do. The form's action is posted to as it
     * stands, query included.
     */
    public Page submitWithFiles(Page page, String formSelector, Map<String, String> changes, List<FileToSend> files)
            throws Exception {
        FormElement form = page.form(formSelector);
        if (!"multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
            throw new AssertionError("The form " + formSelector + " does not send files: enctype=" + form.attr("enctype"));
        }
        List<String> fileInputs = form.select("input[type=file]").eachAttr("name");
        var request = MockMvcRequestBuilders.multipart(form.attr("action"));
        request.characterEncoding(StandardCharsets.UTF_8);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (KeyVal field : form.formData()) {
            if (!fileInputs.contains(field.key()) && (signedInFin == null || !field.key().equals("_csrf"))) {
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
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        for (String input : fileInputs) {
            List<FileToSend> chosen = files.stream().filter(f -> f.input().equals(input)).toList();
            if (chosen.isEmpty()) {
                request.file(new MockMultipartFile(input, "", "application/octet-stream", new byte[0]));
            }
            chosen.forEach(f -> request.file(new MockMultipartFile(input, f.fileName(), f.contentType(), f.content())));
        }
        files.stream().filter(f -> !fileInputs.contains(f.input()))
                .forEach(f -> request.file(new MockMultipartFile(f.input(), f.fileName(), f.contentType(), f.content())));
        if (signedInFin != null) {
            request.with(csrf());
        }
        return follow(form.attr("action"), request, new ArrayList<>());
    }

    /** A file chosen in a file input, with the type the browser declares for it. */
    public record FileToSend(String input, String fileName, String contentType, byte[] content) {
    }

    /**
     * A POST of exactly these fields, not from a form: logged out, as a hostile page would send it (without the form's
     * token unless the fields hold one); {@link #signedIn signed in}, with a valid token, as the page's own button.
     */
    public Page post(String path, Map<String, String> fields) throws Exception {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, List.of(value)));
        return send(path, values);
    }

    public Page post(String path) throws Exception {
        return post(path, Map.of());
    }

    /** The CSRF token the current page's forms carry. */
    public String csrfToken() {
        Element token = page.doc().selectFirst("input[name=_csrf]");
        return token == null ? null : token.val();
    }

    public MockHttpSession session() {
        return session;
    }

    /** Starts afresh, as another browser. */
    public void forget() {
        session = new MockHttpSession();
        cookies.clear();
        page = null;
    }

    /** The page shown now. */
    public Page page() {
        return page;
    }

    private Page send(String path, Map<String, List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).characterEncoding(StandardCharsets.UTF_8);
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        if (signedInFin != null) {
            request.with(csrf());
        }
        return follow(path, request, new ArrayList<>());
    }

    private Page follow(String path, MockHttpServletRequestBuilder request, List<String> redirects) throws Exception {
        if (signedInFin != null) {
            request.with(user(signedInFin).roles("CITIZEN"));
        }
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
            if (location.startsWith("http") && !location.startsWith(BASE_URI)) {
                // another site (an identity provider): the browser leaves the portal, the test goes on from there
                redirects.add(location);
                page = new Page(location, redirects, response);
                return page;
            }
            URI next = URI.create(location);
            String nextPath = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            redirects.add(nextPath);
            if (redirects.size() > 10) {
                throw new AssertionError("Redirect loop: " + redirects);
            }
            return follow(nextPath, MockMvcRequestBuilders.get(nextPath), redirects);
        }
        page = new Page(path, redirects, response);
        return page;
    }

    /**
     * A page as the browser shows it after following redirects.
     *
     * @param path where the browser ended up (another site's full address when it left the portal)
     * @param redirects the addresses passed on the way, in order
     * @param response the last answer
     */
    public record Page(String path, List<String> redirects, MockHttpServletResponse response) {

        public int status() {
            return response.getStatus();
        }

        /** The first address the answer sent the browser on to, {@code null} when it answered at once. */
        public String redirect() {
            return redirects.isEmpty() ? null : redirects.get(0);
        }

        public String html() {
            try {
                return response.getContentAsString(StandardCharsets.UTF_8);
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        public Document doc() {
            return Jsoup.parse(html(), BASE_URI);
        }

        public String text(String selector) {
            Element element = doc().selectFirst(selector);
            return element == null ? null : element.text();
        }

        public boolean has(String selector) {
            return doc().selectFirst(selector) != null;
        }

        FormElement form(String selector) {
            Document doc = doc();
            var forms = doc.select(selector).forms();
            if (forms.size() != 1) {
                throw new AssertionError("Expected one form " + selector + " on " + path + ", found " + forms.size()
                        + ":\n" + doc.select("main"));
            }
            return forms.get(0);
        }
    }
}
