package az.muraciet.portal.account;

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
import az.muraciet.portal.account.Message.Notice;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;
import jakarta.servlet.http.HttpSession;

/**
 * "Redaktə" of the contact mobile (a new number counts once the code sent to it is entered) and of the e-mail (a new
 * address counts once the link sent to it is opened; until then messages go to the old one).
 */
@Controller
class ContactChangeForm {

    static final String MOBILE_VIEW = "portal/account/mobile";
    static final String EMAIL_VIEW = "portal/account/email";
    static final String PENDING = ContactChangeForm.class.getName() + ".pending";

    private final ContactDetails contacts;
    private final MobileConfirmation mobileCodes;

    ContactChangeForm(ContactDetails contacts) {
        this.contacts = contacts;
        this.mobileCodes = new MobileConfirmation(contacts, PENDING, "profile.mobileCode.title", "/profile/mobile",
                "/profile/mobile/code", "/profile/mobile/resend");
    }

    @GetMapping("/profile/mobile")
    String mobileForm(Authentication citizen, Model model) {
        return mobileForm(AzerbaijaniPhoneNumbers.toLocal(contacts.of(citizen.getName()).contactMobile()),
                Message.none(), model);
    }

    @PostMapping("/profile/mobile")
    String requestMobileCode(@RequestParam(required = false) String mobile, Authentication citizen, HttpSession session,
            Model model) {
        Optional<String> phone = AzerbaijaniPhoneNumbers.toE164(mobile);
        if (phone.isEmpty()) {
            return mobileForm(mobile, Map.of("mobile", Message.of("mobile.invalid")), model);
        }
        if (!mobileCodes.send(citizen.getName(), phone.get(), session, model)) {
            return mobileForm(mobile, Message.none(), model);
        }
        return mobileCodes.toCodePage();
    }

    @GetMapping("/profile/mobile/code")
    String codePage(HttpSession session, Model model) {
        return mobileCodes.codePage(session, model);
    }

    @PostMapping("/profile/mobile/code")
    String checkCode(@RequestParam(required = false) String code, Authentication citizen, HttpSession session,
            Model model, RedirectAttributes redirect) {
        return mobileCodes.check(code, citizen.getName(), session, model, () -> {
            redirect.addFlashAttribute("notice", Notice.success("profile.mobileChanged"));
            return "redirect:/profile";
        });
    }

    @PostMapping("/profile/mobile/resend")
    String resend(Authentication citizen, HttpSession session, Model model, RedirectAttributes redirect) {
        return mobileCodes.resend(citizen.getName(), session, model, redirect);
    }

    @GetMapping("/profile/email")
    String emailForm(Authentication citizen, Model model) {
        return emailForm(contacts.of(citizen.getName()).email(), Message.none(), model);
    }

    @PostMapping("/profile/email")
    String sendEmailLink(@RequestParam(required = false) String email, Authentication citizen, Locale locale,
            Model model, RedirectAttributes redirect) {
        Optional<String> address = EmailAddresses.normalize(email);
        if (address.isEmpty()) {
            return emailForm(email, Map.of("email", Message.of("email.invalid")), model);
        }
        Citizen me = contacts.of(citizen.getName());
        if (address.get().equalsIgnoreCase(me.email() == null ? "" : me.email()) && me.emailVerified()) {
            redirect.addFlashAttribute("notice", Notice.success("profile.emailUnchanged"));
            return "redirect:/profile";
        }
        EmailLink link = contacts.sendEmailLink(me.fin(), address.get(), false, locale);
        if (link != EmailLink.SENT) {
            model.addAttribute("notice", CodeNotices.emailNotSent(link, contacts.limits()));
            return emailForm(email, Message.none(), model);
        }
        redirect.addFlashAttribute("notice", Notice.success("profile.emailLinkSent", Masking.email(address.get())));
        return "redirect:/profile";
    }

    @PostMapping("/profile/email/resend")
    String resendEmailLink(Authentication citizen, Locale locale, RedirectAttributes redirect) {
        EmailLink link = contacts.resendEmailLink(citizen.getName(), locale);
        redirect.addFlashAttribute("notice", link == EmailLink.SENT ? Notice.success("profile.emailLinkResent")
                : CodeNotices.emailNotSent(link, contacts.limits()));
        return "redirect:/profile";
    }

    private static String mobileForm(String mobile, Map<String, Message> errors, Model model) {
        model.addAttribute("mobile", mobile == null ? "" : mobile);
        model.addAttribute("errors", errors);
        return MOBILE_VIEW;
    }

    private static String emailForm(String email, Map<String, Message> errors, Model model) {
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("errors", errors);
        return EMAIL_VIEW;
    }
}
