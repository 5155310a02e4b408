package az.muraciet.portal.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import az.muraciet.identity.Citizen;
import az.muraciet.identity.ContactDetails;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;

/**
 * Şəxsi profil: name, surname and patronymic from the registry (read-only), the contact mobile and e-mail with
 * their verified state and "Redaktə", and the linked subscriber codes with "add a code".
 */
@Controller
class ProfilePage {

    static final String VIEW = "portal/account/profile";

    private final ContactDetails contacts;
    private final LinkedSubscribers subscribers;

    ProfilePage(ContactDetails contacts, LinkedSubscribers subscribers) {
        this.contacts = contacts;
        this.subscribers = subscribers;
    }

    @GetMapping("/profile")
    String profile(Authentication citizen, Model model) {
        Citizen me = contacts.of(citizen.getName());
        model.addAttribute("citizen", me);
        model.addAttribute("mobile", AzerbaijaniPhoneNumbers.toLocal(me.contactMobile()));
        model.addAttribute("pendingEmail", contacts.pendingEmail(me.fin())
                .filter(address -> !address.equalsIgnoreCase(me.email() == null ? "" : me.email())).orElse(null));
        model.addAttribute("subscribers", subscribers.of(me.fin()));
        return VIEW;
    }
}
