package az.muraciet.portal.journey;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.WebUtils;

import az.muraciet.casefile.CaseFiles;
import az.muraciet.casefile.CaseStatus;
import az.muraciet.casefile.Submission;
import az.muraciet.forms.FieldViolation;
import az.muraciet.portal.FormRenderer;
import az.muraciet.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * "Müraciət et": the service's own start form (the analysts' {@code .form} file), the active-meter warning, and the
 * hand-over to the confirmation step. Unknown or inactive services answer 404.
 */
@Controller
class ApplyForm {

    static final String VIEW = "portal/journey/apply";
    private static final String SUBMITTED_DRAFT = ApplyForm.class.getName() + ".submitted.";

    private final ApplicationDrafts drafts;
    private final FormRenderer renderer;
    private final CaseFiles caseFiles;
    private final CaseViews views;

    ApplyForm(ApplicationDrafts drafts, FormRenderer renderer, CaseFiles caseFiles, CaseViews views) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.caseFiles = caseFiles;
        this.views = views;
    }

    /** @param from an application the citizen withdrew at the confirmation step to correct it */
    @GetMapping("/services/{code}/apply")
    String form(@PathVariable String code, @RequestParam(required = false) String from, Principal citizen,
            Locale locale, Model model) {
        ApplicationDrafts.Draft draft = drafts.open(code, citizen.getName());
        Submission earlier = withdrawn(citizen.getName(), from, draft);
        Map<String, Object> values = drafts.prefilled(draft, citizen.getName(), earlier);
        model.addAttribute("correcting", earlier != null);
        return page(draft, UUID.randomUUID().toString(), values, List.of(), locale, model);
    }

    /**
     * Sending the same filled-in form again (a double tap, a reload after a slow answer) leads to the case it
     * already created, not to a second one: the page's {@code _draft} token is remembered in the session.
     */
    @PostMapping("/services/{code}/apply")
    String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> parameters,
            Principal citizen, Locale locale, Model model, HttpSession session, HttpServletResponse response) {
        ApplicationDrafts.Draft draft = drafts.open(code, citizen.getName());
        String token = token(parameters.getFirst(ApplicationDrafts.DRAFT_PARAMETER));
        if (!draft.hasCodes()) {
            return page(draft, token, Map.of(), List.of(), locale, model);
        }
        ApplicationDrafts.Outcome outcome;
        synchronized (WebUtils.getSessionMutex(session)) {
            Object earlier = session.getAttribute(SUBMITTED_DRAFT + token);
            if (earlier != null) {
                return "redirect:/applications/" + earlier + "/confirm";
            }
            outcome = drafts.submit(draft, citizen.getName(), parameters, locale);
            if (outcome instanceof ApplicationDrafts.Submitted submitted) {
                session.setAttribute(SUBMITTED_DRAFT + token, submitted.applicationId());
                // a service without a confirmation step (a meter reading) is registered already: its number at once
                return "redirect:/applications/" + submitted.applicationId()
                        + (submitted.registered() ? "?done=registered" : "/confirm");
            }
        }
        if (outcome instanceof ApplicationDrafts.ActiveMeter warning) {
            model.addAttribute("activeMeter", warning.subscriber());
            model.addAttribute("continueWith", warning.continueWith());
            return page(draft, token, warning.values(), List.of(), locale, model);
        }
        ApplicationDrafts.Invalid invalid = (ApplicationDrafts.Invalid) outcome;
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(draft, token, invalid.values(), invalid.violations(), locale, model);
    }

    /** The posted token if it is one of ours (a UUID), else a new one: a forged value only names a new draft. */
    private static String token(String posted) {
        try {
            return UUID.fromString(posted == null ? "" : posted).toString();
        } catch (IllegalArgumentException notOurs) {
            return UUID.randomUUID().toString();
        }
    }

    private String page(ApplicationDrafts.Draft draft, String token, Map<String, Object> values,
            List<FieldViolation> violations, Locale locale, Model model) {
        model.addAttribute("draftToken", token);
        model.addAttribute("service", draft.service());
        model.addAttribute("serviceName", views.serviceName(draft.service(), locale));
        model.addAttribute("hasCodes", draft.hasCodes());
        if (draft.hasCodes()) {
            model.addAttribute("form", renderer.view(draft.form(), values, violations));
        }
        return VIEW;
    }

    private Submission withdrawn(String fin, String from, ApplicationDrafts.Draft draft) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            Submission earlier = caseFiles.submissionOf(fin, from);
            boolean sameService = earlier.serviceCode().equals(draft.service().code());
            return sameService && CaseStatus.CANCELLED.equals(earlier.status()) ? earlier : null;
        } catch (NotFoundException notTheirs) {
            return null;
        }
    }
}
