package az.muraciet.portal.journey;

import java.security.Principal;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import az.muraciet.casefile.CaseFiles;
import az.muraciet.casefile.Submission;
import az.muraciet.document.CaseDocuments;
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.shared.ConflictException;

/**
 * The confirmation step after "Müraciət et": the data as entered, "Təsdiq et" registers the application, "İmtina"
 * withdraws it and opens the form again with the same data to correct. Both are safe to post twice.
 */
@Controller
class ConfirmationForm {

    static final String VIEW = "portal/journey/confirm";

    private final CaseFiles caseFiles;
    private final ApplicationIntake intake;
    private final ApplicationDrafts drafts;
    private final CaseViews views;
    private final CaseDocuments documents;
    private final long confirmationHours;

    ConfirmationForm(CaseFiles caseFiles, ApplicationIntake intake, ApplicationDrafts drafts, CaseViews views,
            CaseDocuments documents, @Value("${muraciet.confirmation-timeout}") Duration confirmationTimeout) {
        this.caseFiles = caseFiles;
        this.intake = intake;
        this.drafts = drafts;
        this.views = views;
        this.documents = documents;
        this.confirmationHours = confirmationTimeout.toHours();
    }

    @GetMapping("/applications/{id}/confirm")
    String review(@PathVariable String id, Principal citizen, Locale locale, Model model) {
        Submission submission = caseFiles.submissionOf(citizen.getName(), id);
        if (!submission.awaitsConfirmation()) {
            return "redirect:/applications/" + submission.id();
        }
        ApplicationDrafts.Draft draft = drafts.open(submission.serviceCode(), citizen.getName());
        model.addAttribute("submission", submission);
        model.addAttribute("confirmationHours", confirmationHours);
        model.addAttribute("serviceName", views.serviceName(draft.service(), locale));
        model.addAttribute("facts", drafts.facts(draft, citizen.getName(), submission.subscriberCode(),
                submission.formData(), locale));
        model.addAttribute("takesDocuments", !draft.slots().isEmpty());
        model.addAttribute("documents", CaseDocumentsTexts.attached(documents.of(submission.id()), draft.slots(), locale));
        return VIEW;
    }

    @PostMapping("/applications/{id}/confirm")
    String confirm(@PathVariable String id, Principal citizen) {
        try {
            ApplicationIntake.Confirmed confirmed = intake.confirm(citizen.getName(), id);
            return "redirect:/applications/" + confirmed.id() + "?done=registered";
        } catch (ConflictException cancelledMeanwhile) {
            return "redirect:/applications/{id}?done=alreadyCancelled";
        }
    }

    @PostMapping("/applications/{id}/cancel")
    String cancel(@PathVariable String id, Principal citizen) {
        Submission submission = caseFiles.submissionOf(citizen.getName(), id);
        try {
            intake.cancel(citizen.getName(), submission.id());
        } catch (ConflictException confirmedMeanwhile) {
            return "redirect:/applications/" + submission.id() + "?done=alreadyConfirmed";
        }
        return "redirect:/services/" + submission.serviceCode() + "/apply?from=" + submission.id();
    }
}
