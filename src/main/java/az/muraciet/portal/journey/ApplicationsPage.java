package az.muraciet.portal.journey;

import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import az.muraciet.act.InstallationActs;
import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.document.CaseDocuments;
import az.muraciet.intake.CitizenActions;
import az.muraciet.process.CitizenActionModel;
import az.muraciet.shared.ConflictException;
import az.muraciet.shared.NotFoundException;

/**
 * "Müraciətlər": the citizen's own applications, newest first; one application with its status history, the
 * documents attached to it, the steps it waits on the citizen for (citizen actions, as buttons) and, once drawn up, its
 * act as PDF. Anything not theirs is "not found".
 */
@Controller
class ApplicationsPage {

    static final String LIST_VIEW = "portal/journey/applications";
    static final String CASE_VIEW = "portal/journey/application";
    /** What the page may have been sent back with after a step: the notice it shows. */
    private static final Set<String> NOTICES = Set.of("registered", "alreadyCancelled", "alreadyConfirmed",
            "actionTaken", "actionUnavailable");

    private final CaseFiles caseFiles;
    private final InstallationActs acts;
    private final CaseViews views;
    private final CaseDocuments documents;
    private final CitizenActions citizenActions;
    private final long confirmationHours;

    ApplicationsPage(CaseFiles caseFiles, InstallationActs acts, CaseViews views, CaseDocuments documents,
            CitizenActions citizenActions,
            @Value("${muraciet.confirmation-timeout}") Duration confirmationTimeout) {
        this.caseFiles = caseFiles;
        this.acts = acts;
        this.views = views;
        this.documents = documents;
        this.citizenActions = citizenActions;
        this.confirmationHours = confirmationTimeout.toHours();
    }

    @GetMapping("/applications")
    String list(Principal citizen, Locale locale, Model model) {
        model.addAttribute("cases", views.rows(caseFiles.casesOf(citizen.getName()), locale));
        return LIST_VIEW;
    }

    /** @param id the application's id, or its number once registered */
    @GetMapping("/applications/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) String done, Principal citizen,
            Locale locale, Model model) {
        CaseDetails details = caseFiles.caseOf(citizen.getName(), id);
        model.addAttribute("app", views.row(details.summary(), locale));
        model.addAttribute("reason", CaseViews.label(details.reasonLabel(), locale));
        model.addAttribute("timeline", views.timeline(details, locale));
        model.addAttribute("hasAct", acts.hasPdf(details.summary().id()));
        model.addAttribute("documents", CaseDocumentsTexts.attached(documents.of(details.summary().id()),
                documents.slotsOf(details.summary().serviceCode()), locale));
        model.addAttribute("confirmationHours", confirmationHours);
        model.addAttribute("notice", done != null && NOTICES.contains(done) ? done : null);
        model.addAttribute("actions", citizenActions.waitingOn(citizen.getName(), details.summary().id()).stream()
                .map(action -> ActionView.of(action, locale)).toList());
        return CASE_VIEW;
    }

    /** A document attached to the citizen's own case, as it was attached; anyone else's is "not found". */
    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId, Principal citizen) {
        CaseDetails details = caseFiles.caseOf(citizen.getName(), id);
        CaseDocuments.DocumentFile file = documents.file(details.summary().id(), documentId)
                .orElseThrow(() -> new NotFoundException("Sənəd tapılmadı / Document not found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    /**
     * A button of the case page: takes the citizen action (the model's step the case waits on the citizen for) and
     * shows the case again. A second click, or a click on a page left open after the step passed, shows the case with
     * a notice; never an error page.
     */
    @PostMapping("/applications/{id}/actions/{action}")
    String takeAction(@PathVariable String id, @PathVariable String action, Principal citizen) {
        String caseId = caseFiles.caseOf(citizen.getName(), id).summary().id();
        try {
            citizenActions.take(citizen.getName(), caseId, action);
            return "redirect:/applications/" + caseId + "?done=actionTaken";
        } catch (ConflictException | NotFoundException notNow) {
            return "redirect:/applications/" + caseId + "?done=actionUnavailable";
        }
    }

    /** A citizen action as its button shows it, in the page's language. */
    record ActionView(String name, String label, String hint) {

        static ActionView of(CitizenActionModel.CitizenAction action, Locale locale) {
            boolean english = CaseViews.english(locale);
            return new ActionView(action.messageName(), english ? action.labelEn() : action.label(),
                    english ? action.hintEn() : action.hint());
        }
    }

    @GetMapping("/applications/{id}/act.pdf")
    ResponseEntity<byte[]> act(@PathVariable String id, Principal citizen) {
        CaseDetails details = caseFiles.caseOf(citizen.getName(), id);
        byte[] pdf = acts.pdfOf(details.summary().id())
                .orElseThrow(() -> new NotFoundException("Akt hələ tərtib edilməyib / No act yet"));
        String number = details.summary().number();
        String name = "akt-" + (number != null ? number : details.summary().id());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".pdf")
                        .build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pdf);
    }
}
