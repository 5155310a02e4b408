package az.muraciet.portal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import az.muraciet.catalogue.EService;
import az.muraciet.catalogue.EServices;

/** E-xidmətlər: the e-services this system runs, with a search over their names; open before login. */
@Controller
class ServiceCataloguePage {

    static final String VIEW = "portal/services";
    private static final int MAX_QUERY = 100;

    private final EServices services;

    ServiceCataloguePage(EServices services) {
        this.services = services;
    }

    @GetMapping("/services")
    String services(@RequestParam(name = "q", required = false) String query, Model model) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        model.addAttribute("q", q);
        model.addAttribute("services", matching(q));
        return VIEW;
    }

    private List<EService> matching(String query) {
        List<EService> all = services.findByActiveTrueOrderByCode();
        if (query.isEmpty()) {
            return all;
        }
        String needle = fold(query);
        return all.stream()
                .filter(s -> fold(s.nameAz()).contains(needle) || fold(s.nameEn()).contains(needle)
                        || fold(s.utility().displayName()).contains(needle))
                .toList();
    }

    /** Case- and accent-insensitive for Azerbaijani: "sayğac", "SAYĞAC" and "saygac" all find the meter service. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.forLanguageTag("az"));
        StringBuilder folded = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            folded.append(switch (c) {
                case 'ə' -> 'e';
                case 'ı' -> 'i';
                case 'ğ' -> 'g';
                case 'ş' -> 's';
                case 'ç' -> 'c';
                case 'ö' -> 'o';
                case 'ü' -> 'u';
                default -> c;
            });
        }
        return folded.toString();
    }
}
