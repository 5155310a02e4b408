package az.muraciet.portal.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import az.muraciet.identity.Citizen;
import az.muraciet.identity.ContactDetails;
import az.muraciet.identity.EmailAddresses;
import az.muraciet.identity.EmailLink;
import az.muraciet.notification.Masking;
import az.muraciet.portal.ReturnPaths;
import az.muraciet.portal.account.Message.Notice;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;
import jakarta.servlet.http.HttpSession;

/**
 * First login (the guide's first registration screen): the citizen gives a mobile number and an e-mail address and
 * presses "Təsdiqlə"; a code goes to the mobile and is entered here, a link goes to the address. Until the mobile is
 * verified every portal page sends the citizen here ({@link FirstLoginInterceptor}).
 */
@Controller
class WelcomeForm {

    static final String VIEW = "portal/account/welcome";
    static final String PENDING = WelcomeForm.class.getName() + ".pending";
    /** The page the citizen asked for when first login got in the way. */
    static final String RETURN_TO = WelcomeForm.class.getName() + ".returnTo";

    private final ContactDetails contacts;
    private final MobileConfirmation mobileCodes;

    WelcomeForm(ContactDetails contacts) {
        this.contacts = contacts;
        this.mobileCodes = new MobileConfirmation(contacts, PENDING, "welcome.code.title", "/welcome", "/welcome/mobile",
                "/welcome/mobile/resend");
    }

    @GetMapping("/welcome")
    String page(Authentication citizen, HttpSession session, Model model) {
        if (!contacts.firstLoginPending(citizen.getName())) {
            return "redirect:" + returnPath(session);
        }
        Citizen me = contacts.of(citizen.getName());
        String mobile = me.contactMobile() != null ? me.contactMobile() : me.loginMobile();
        return form(me, AzerbaijaniPhoneNumbers.toLocal(mobile), me.email(), Message.none(), model);
    }

    @PostMapping("/welcome")
    String submit(@RequestParam(required = false) String mobile, @RequestParam(required = false) String email,
            Authentication citizen, HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
        Citizen me = contacts.of(citizen.getName());
        Optional<String> phone = AzerbaijaniPhoneNumbers.toE164(mobile);
        Optional<String> address = EmailAddresses.normalize(email);
        Map<String, Message> errors = new LinkedHashMap<>();
        phone.ifPresentOrElse(p -> { }, () -> errors.put("mobile", Message.of("mobile.invalid")));
        address.ifPresentOrElse(a -> { }, () -> errors.put("email", Message.of("email.invalid")));
        if (!errors.isEmpty()) {
            return form(me, mobile, email, errors, model);
        }
        if (!mobileCodes.send(me.fin(), phone.get(), session, model)) {
            return form(me, mobile, email, Message.none(), model);
        }
        EmailLink link = contacts.sendEmailLink(me.fin(), address.get(), true, locale);
        redirect.addFlashAttribute("emailNotice", link == EmailLink.SENT
                ? Notice.success("welcome.emailSent", Masking.email(address.get()))
                : Notice.warning("welcome.emailNotSent"));
        return mobileCodes.toCodePage();
    }

    @GetMapping("/welcome/mobile")
    String codePage(HttpSession session, Model model) {
        return mobileCodes.codePage(session, model);
    }

    @PostMapping("/welcome/mobile")
    String checkCode(@RequestParam(required = false) String code, Authentication citizen, HttpSession session,
            Model model, RedirectAttributes redirect) {
        return mobileCodes.check(code, citizen.getName(), session, model, () -> {
            String next = returnPath(session);
            session.removeAttribute(RETURN_TO);
            redirect.addFlashAttribute("notice", Notice.success("welcome.done"));
            return "redirect:" + next;
        });
    }

    @PostMapping("/welcome/mobile/resend")
    String resend(Authentication citizen, HttpSession session, Model model, RedirectAttributes redirect) {
        return mobileCodes.resend(citizen.getName(), session, model, redirect);
    }

    private static String form(Citizen me, String mobile, String email, Map<String, Message> errors, Model model) {
        model.addAttribute("citizen", me);
        model.addAttribute("mobile", mobile == null ? "" : mobile);
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private static String returnPath(HttpSession session) {
        Object path = session.getAttribute(RETURN_TO);
        return path instanceof String p ? ReturnPaths.safe(p) : "/";
    }
}
