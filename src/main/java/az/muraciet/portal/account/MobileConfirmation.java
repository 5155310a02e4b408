package az.muraciet.portal.account;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import az.muraciet.identity.CodeCheck;
import az.muraciet.identity.CodeRequest;
import az.muraciet.identity.ContactDetails;
import az.muraciet.portal.account.Message.Notice;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;
import jakarta.servlet.http.HttpSession;

/**
 * A mobile confirmed by the code sent to it, the same steps for first login ({@link WelcomeForm}) and the profile's
 * "Redaktə" ({@link ContactChangeForm}): send the code and remember it in the session, show the code page, check the
 * code, send a new one. Each page says where its steps live and what follows once the mobile is confirmed.
 */
final class MobileConfirmation {

    /** A code sent to a mobile the citizen wants to use, remembered in the session until it is entered. */
    record Pending(String mobile, String challengeId) implements Serializable {
    }

    private final ContactDetails contacts;
    private final String sessionKey;
    private final String titleKey;
    private final String numberPath;
    private final String codePath;
    private final String resendPath;

    /**
     * @param sessionKey the session attribute holding the code sent
     * @param titleKey message key of the code page's heading
     * @param numberPath the page where the number is entered: where "another number" leads, and where a step goes
     *        when no code is pending
     * @param codePath where the code page is shown and the code posted
     * @param resendPath where "send a new code" is posted
     */
    MobileConfirmation(ContactDetails contacts, String sessionKey, String titleKey, String numberPath, String codePath,
            String resendPath) {
        this.contacts = contacts;
        this.sessionKey = sessionKey;
        this.titleKey = titleKey;
        this.numberPath = numberPath;
        this.codePath = codePath;
        this.resendPath = resendPath;
    }

    /**
     * Sends a code to {@code mobileE164} and remembers it in the session.
     *
     * @return whether it was sent; if not, the reason is the model's {@code notice}
     */
    boolean send(String fin, String mobileE164, HttpSession session, Model model) {
        CodeRequest code = contacts.requestMobileCode(fin, mobileE164);
        if (!code.sent()) {
            model.addAttribute("notice", CodeNotices.notSent(code, contacts.limits()));
            return false;
        }
        session.setAttribute(sessionKey, new Pending(mobileE164, code.challengeId()));
        return true;
    }

    /** A redirect to the code page. */
    String toCodePage() {
        return "redirect:" + codePath;
    }

    String codePage(HttpSession session, Model model) {
        Pending pending = pending(session);
        return pending == null ? toNumberPage() : codeForm(pending, Message.none(), model);
    }

    /**
     * Checks the code entered against the one sent; once it is accepted the code is forgotten and {@code confirmed}
     * says where to go.
     */
    String check(String code, String fin, HttpSession session, Model model, Supplier<String> confirmed) {
        Pending pending = pending(session);
        if (pending == null) {
            return toNumberPage();
        }
        Optional<String> digits = CodeCheck.wellFormed(code);
        if (digits.isEmpty()) {
            return codeForm(pending, Map.of("code", Message.of("code.invalid")), model);
        }
        CodeCheck check = contacts.confirmMobile(fin, pending.challengeId(), digits.get());
        if (!check.accepted()) {
            return codeForm(pending, Map.of("code", CodeNotices.refused(check, contacts.limits())), model);
        }
        session.removeAttribute(sessionKey);
        return confirmed.get();
    }

    /** Sends a new code to the same mobile; the one sent before no longer counts. */
    String resend(String fin, HttpSession session, Model model, RedirectAttributes redirect) {
        Pending pending = pending(session);
        if (pending == null) {
            return toNumberPage();
        }
        if (!send(fin, pending.mobile(), session, model)) {
            return codeForm(pending, Message.none(), model);
        }
        redirect.addFlashAttribute("notice", Notice.success("code.resent"));
        return toCodePage();
    }

    private Pending pending(HttpSession session) {
        return (Pending) session.getAttribute(sessionKey);
    }

    private String toNumberPage() {
        return "redirect:" + numberPath;
    }

    private String codeForm(Pending pending, Map<String, Message> errors, Model model) {
        model.addAttribute("page", new CodePage(titleKey,
                Message.of("mobile.code.intro", AzerbaijaniPhoneNumbers.toLocal(pending.mobile())), "mobile.code.submit",
                codePath, resendPath, numberPath, "mobile.code.otherNumber", contacts.limits().validity()));
        model.addAttribute("errors", errors);
        return LoginForm.CODE_VIEW;
    }
}
