package az.muraciet.portal.account;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.portal.account.Message.Notice;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.Subscriber;

/**
 * Adding a subscriber code to the profile: the code, then the registry's record of it to confirm ("Təsdiqlə"). A
 * code that is unknown or someone else's gets the same answer, and nothing is linked.
 */
@Controller
class SubscriberCodeForm {

    static final String VIEW = "portal/account/subscriber-code";
    static final String CONFIRM_VIEW = "portal/account/subscriber-code-confirm";
    private static final Pattern CODE = Pattern.compile("[0-9]{4,16}");

    private final LinkedSubscribers subscribers;

    SubscriberCodeForm(LinkedSubscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping("/profile/codes/new")
    String form(Model model) {
        return form("", Message.none(), model);
    }

    @PostMapping("/profile/codes/new")
    String lookUp(@RequestParam(required = false) String code, Authentication citizen, Model model) {
        String typed = code == null ? "" : code.strip();
        if (!CODE.matcher(typed).matches()) {
            return form(code, Map.of("code", Message.of("codes.invalid")), model);
        }
        Optional<Subscriber> subscriber = subscribers.ownedBy(citizen.getName(), typed);
        if (subscriber.isEmpty()) {
            return form(code, Map.of("code", Message.of("codes.notYours")), model);
        }
        if (subscribers.of(citizen.getName()).stream().anyMatch(s -> s.code().equals(typed))) {
            return form(code, Map.of("code", Message.of("codes.alreadyLinked")), model);
        }
        model.addAttribute("subscriber", subscriber.get());
        return CONFIRM_VIEW;
    }

    @PostMapping("/profile/codes")
    String link(@RequestParam(required = false) String code, Authentication citizen, Model model,
            RedirectAttributes redirect) {
        try {
            Subscriber linked = subscribers.link(citizen.getName(), code);
            redirect.addFlashAttribute("notice", Notice.success("codes.linked", linked.code()));
            return "redirect:/profile";
        } catch (NotFoundException notYours) {
            return form(code, Map.of("code", Message.of("codes.notYours")), model);
        }
    }

    private static String form(String code, Map<String, Message> errors, Model model) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
