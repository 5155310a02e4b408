package az.muraciet.portal.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import az.muraciet.identity.CitizenLogin;
import az.muraciet.identity.CodeCheck;
import az.muraciet.identity.CodeRequest;
import az.muraciet.identity.Fins;
import az.muraciet.portal.account.Message.Notice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Daxil ol: the FIN, then the one-time code sent by SMS to the mobile registered for it. The pages say the same
 * whether the FIN is known or not. With an identity provider configured, "ASAN Login ilə daxil ol" as well.
 */
@Controller
class LoginForm {

    static final String VIEW = "portal/account/login";
    static final String CODE_VIEW = "portal/account/code";
    static final String PENDING = LoginForm.class.getName() + ".pending";

    /** The code asked for in this browser: for which FIN, and the challenge to check it against. */
    record Pending(String fin, String challengeId) implements Serializable {
    }

    record IdentityProvider(String id, String name) {
    }

    private final CitizenLogin login;
    private final CitizenSessions sessions;
    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    LoginForm(CitizenLogin login, CitizenSessions sessions, ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.login = login;
        this.sessions = sessions;
        this.identityProviders = identityProviders;
    }

    @GetMapping("/login")
    String page(HttpServletRequest request, Authentication authentication, Model model) {
        if (CitizenSessions.isCitizen(authentication)) {
            return "redirect:/";
        }
        if (flag(request, "loggedOut")) {
            model.addAttribute("notice", Notice.success("login.loggedOut"));
        } else if (flag(request, "error")) {
            model.addAttribute("notice", Notice.error("login.providerFailed"));
        }
        return form("", Message.none(), model);
    }

    @PostMapping("/login")
    String requestCode(@RequestParam(required = false) String fin, HttpSession session, Model model) {
        Optional<String> valid = Fins.normalize(fin);
        if (valid.isEmpty()) {
            return form(fin, Map.of("fin", Message.of("login.fin.invalid")), model);
        }
        CodeRequest request = login.requestCode(valid.get());
        if (!request.sent()) {
            model.addAttribute("notice", CodeNotices.notSent(request, login.limits()));
            return form(valid.get(), Message.none(), model);
        }
        session.setAttribute(PENDING, new Pending(valid.get(), request.challengeId()));
        return "redirect:/login/code";
    }

    @GetMapping("/login/code")
    String codePage(HttpSession session, Model model) {
        Pending pending = (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/login";
        }
        return codeForm(pending, Message.none(), model);
    }

    @PostMapping("/login/code")
    String checkCode(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model) {
        Pending pending = (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/login";
        }
        Optional<String> digits = CodeCheck.wellFormed(code);
        if (digits.isEmpty()) {
            return codeForm(pending, Map.of("code", Message.of("code.invalid")), model);
        }
        CodeCheck check = login.checkCode(pending.challengeId(), digits.get());
        if (!check.accepted()) {
            return codeForm(pending, Map.of("code", CodeNotices.refused(check, login.limits())), model);
        }
        session.removeAttribute(PENDING);
        return "redirect:" + sessions.logIn(check.fin(), request, response);
    }

    @PostMapping("/login/code/resend")
    String resend(HttpSession session, Model model, RedirectAttributes redirect) {
        Pending pending = (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            return "redirect:/login";
        }
        CodeRequest request = login.requestCode(pending.fin());
        if (!request.sent()) {
            model.addAttribute("notice", CodeNotices.notSent(request, login.limits()));
            return codeForm(pending, Message.none(), model);
        }
        session.setAttribute(PENDING, new Pending(pending.fin(), request.challengeId()));
        redirect.addFlashAttribute("notice", Notice.success("code.resent"));
        return "redirect:/login/code";
    }

    /** {@code /login?loggedOut}: a parameter without a value, as Spring Security's redirects write it. */
    private static boolean flag(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        return request.getParameter(name) != null
                || (query != null && java.util.Arrays.stream(query.split("&")).anyMatch(p -> p.equals(name)));
    }

    private String form(String fin, Map<String, Message> errors, Model model) {
        model.addAttribute("fin", fin == null ? "" : fin.strip());
        model.addAttribute("errors", errors);
        model.addAttribute("providers", providers());
        return VIEW;
    }

    private String codeForm(Pending pending, Map<String, Message> errors, Model model) {
        model.addAttribute("page", new CodePage("login.code.title", Message.of("login.code.intro", pending.fin()),
                "login.code.submit", "/login/code", "/login/code/resend", "/login", "login.code.otherFin",
                login.limits().validity()));
        model.addAttribute("errors", errors);
        return CODE_VIEW;
    }

    private List<IdentityProvider> providers() {
        List<IdentityProvider> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        return providers;
    }
}
