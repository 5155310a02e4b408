package az.muraciet.portal.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import az.muraciet.identity.ContactDetails;

/**
 * The link in the verification e-mail, open without login. Opening it shows a button; only pressing it (a POST)
 * confirms the address, so that a mail scanner that fetches every link does not use up the citizen's link.
 */
@Controller
class EmailLinkPage {

    static final String VIEW = "portal/account/email-link";

    private final ContactDetails contacts;

    EmailLinkPage(ContactDetails contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/welcome/email/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("state", "ask");
        return VIEW;
    }

    @PostMapping("/welcome/email/{token}")
    String confirm(@PathVariable String token, Authentication authentication, Model model) {
        model.addAttribute("state", contacts.verifyEmail(token) ? "verified" : "invalid");
        model.addAttribute("loggedIn", CitizenSessions.isCitizen(authentication));
        return VIEW;
    }
}
