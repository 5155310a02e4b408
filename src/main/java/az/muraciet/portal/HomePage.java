package az.muraciet.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front door: a citizen's applications (the login page first, if not logged in). */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "redirect:/applications";
    }
}
