package az.muraciet.portal.journey;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

import az.muraciet.casefile.CaseFiles;
import az.muraciet.casefile.CaseStatus;
import az.muraciet.casefile.Submission;
import az.muraciet.document.CaseDocuments;
import az.muraciet.document.DocumentSlot;
import az.muraciet.document.DocumentUpload;
import az.muraciet.forms.FieldViolation;
import az.muraciet.portal.FormRenderer;
import az.muraciet.portal.FormView;
import az.muraciet.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * "Müraciət et": the service's own start form (the analysts' {@code .form} file), a file input for each document the
 * service takes, the active-meter warning, and the hand-over to the confirmation step. Unknown or inactive services
 * answer 404.
 */
@Controller
class ApplyForm {

    static final String VIEW = "portal/journey/apply";
    private static final String SUBMITTED_DRAFT = ApplyForm.class.getName() + ".submitted.";

    /** The page's query parameter after an upload the server refused to read: the slot it was for. */
    static final String TOO_LARGE = "tooLarge";

    private final ApplicationDrafts drafts;
    private final FormRenderer renderer;
    private final CaseFiles caseFiles;
    private final CaseViews views;
    private final CaseDocuments documents;

    ApplyForm(ApplicationDrafts drafts, FormRenderer renderer, CaseFiles caseFiles, CaseViews views,
            CaseDocuments documents) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.caseFiles = caseFiles;
        this.views = views;
        this.documents = documents;
    }

    /**
     * @param from an application the citizen withdrew at the confirmation step to correct it
     * @param tooLarge the slot of a file the server refused to read, being over its limit (see {@link #tooLarge})
     */
    @GetMapping("/services/{code}/apply")
    String form(@PathVariable String code, @RequestParam(required = false) String from,
            @RequestParam(name = TOO_LARGE, required = false) String tooLarge, Principal citizen, Locale locale,
            Model model) {
        ApplicationDrafts.Draft draft = drafts.open(code, citizen.getName());
        Submission earlier = withdrawn(citizen.getName(), from, draft);
        Map<String, Object> values = drafts.prefilled(draft, citizen.getName(), earlier);
        model.addAttribute("correcting", earlier != null);
        documentsOf(earlier, draft, locale, model);
        return page(draft, UUID.randomUUID().toString(), values, refusedUpload(draft, tooLarge, locale), locale, model);
    }

    /**
     * Sending the same filled-in form again (a double tap, a reload after a slow answer) leads to the case it
     * already created, not to a second one: the page's {@code _draft} token is remembered in the session.
     */
    @PostMapping("/services/{code}/apply")
    String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> parameters,
            @RequestParam MultiValueMap<String, MultipartFile> files, Principal citizen, Locale locale, Model model,
            HttpSession session, HttpServletResponse response) {
        ApplicationDrafts.Draft draft = drafts.open(code, citizen.getName());
        String token = token(parameters.getFirst(ApplicationDrafts.DRAFT_PARAMETER));
        if (!draft.canApply()) {
            return page(draft, token, Map.of(), List.of(), locale, model);
        }
        ApplicationDrafts.Outcome outcome;
        synchronized (WebUtils.getSessionMutex(session)) {
            Object earlier = session.getAttribute(SUBMITTED_DRAFT + token);
            if (earlier != null) {
                return "redirect:/applications/" + earlier + "/confirm";
            }
            Submission withdrawn = withdrawn(citizen.getName(),
                    parameters.getFirst(ApplicationDrafts.DOCUMENTS_FROM_PARAMETER), draft);
            documentsOf(withdrawn, draft, locale, model);
            outcome = drafts.submit(draft, citizen.getName(), parameters,
                    withEarlierDocuments(DocumentUpload.fromParts(files), withdrawn), locale);
            if (outcome instanceof ApplicationDrafts.Submitted submitted) {
                session.setAttribute(SUBMITTED_DRAFT + token, submitted.applicationId());
                return submitted.registered() ? "redirect:/applications/" + submitted.applicationId() + "?done=registered"
                        : "redirect:/applications/" + submitted.applicationId() + "/confirm";
            }
        }
        if (outcome instanceof ApplicationDrafts.ActiveMeter warning) {
            model.addAttribute("activeMeter", warning.subscriber());
            model.addAttribute("continueWith", warning.continueWith());
            return page(draft, token, warning.values(), List.of(), locale, model);
        }
        ApplicationDrafts.Invalid invalid = (ApplicationDrafts.Invalid) outcome;
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("filesAgain", !draft.slots().isEmpty());
        return page(draft, token, invalid.values(), invalid.violations(), locale, model);
    }

    /**
     * An upload over the server's multipart limit is not read at all, so the form's values are gone too: the form
     * again, empty, with the message beside the document it was (when the server said which).
     */
    @ExceptionHandler(MultipartException.class)
    String tooLarge(MultipartException e, HttpServletRequest request) {
        if (!CaseDocuments.overServerLimit(e)) {
            throw e;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String code = variables instanceof Map<?, ?> map && map.get("code") instanceof String c ? c : "";
        String field = documents.tooLarge(e).field();
        String slot = field.startsWith(CaseDocuments.FIELD_PREFIX) ? field.substring(CaseDocuments.FIELD_PREFIX.length())
                : "";
        return "redirect:" + UriComponentsBuilder.fromPath("/services/{code}/apply").queryParam(TOO_LARGE, slot)
                .buildAndExpand(code).encode().toUriString();
    }

    /** The refusal {@link #tooLarge} sent the citizen back with, beside a slot of this service (or above the form). */
    private List<FieldViolation> refusedUpload(ApplicationDrafts.Draft draft, String slot, Locale locale) {
        if (slot == null) {
            return List.of();
        }
        boolean known = draft.slots().stream().anyMatch(s -> s.code().equals(slot));
        var refusal = documents.tooLarge(known ? slot : null);
        String message = refusal.message();
        String shown = CaseViews.english(locale) ? message.substring(message.indexOf(" / ") + 3)
                : message.substring(0, message.indexOf(" / "));
        return List.of(new FieldViolation(refusal.field(), refusal.code(), shown));
    }

    /**
     * The documents of the application the citizen withdrew to correct, for the page to list and to send on: they go
     * with the corrected application unless the citizen chooses new files for them.
     */
    private void documentsOf(Submission earlier, ApplicationDrafts.Draft draft, Locale locale, Model model) {
        if (earlier == null || draft.slots().isEmpty()) {
            return;
        }
        var attached = CaseDocumentsTexts.attached(documents.of(earlier.id()), draft.slots(), locale);
        if (!attached.isEmpty()) {
            model.addAttribute("earlierDocuments", attached);
            model.addAttribute("documentsFrom", earlier.id());
        }
    }

    /** The files chosen, and for every document without a new file, the withdrawn application's files of it. */
    private List<DocumentUpload> withEarlierDocuments(List<DocumentUpload> chosen, Submission earlier) {
        if (earlier == null) {
            return chosen;
        }
        List<DocumentUpload> all = new ArrayList<>(chosen);
        for (var document : documents.of(earlier.id())) {
            if (chosen.stream().noneMatch(upload -> upload.slot().equals(document.slotCode()))) {
                documents.file(earlier.id(), document.id()).ifPresent(file -> all.add(
                        DocumentUpload.of(document.slotCode(), document.fileName(), file.content())));
            }
        }
        return all;
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
        model.addAttribute("canApply", draft.canApply());
        model.addAttribute("unsuitableCodes", draft.unsuitableCodesReason());
        if (draft.canApply()) {
            List<FieldViolation> ofForm = violations.stream()
                    .filter(v -> !v.field().equals("documents") && !v.field().startsWith(CaseDocuments.FIELD_PREFIX))
                    .toList();
            FormView form = renderer.view(draft.form(), values, ofForm);
            List<DocumentInput> inputs = draft.slots().stream().map(slot -> input(slot, violations, locale)).toList();
            model.addAttribute("form", withDocumentErrors(form, violations, inputs));
            model.addAttribute("documents", inputs);
            model.addAttribute("documentErrors", violations.stream().filter(v -> v.field().equals("documents"))
                    .map(FieldViolation::message).toList());
            model.addAttribute("maxSize", CaseDocumentsTexts.size(documents.maxSize()));
            model.addAttribute("documentKinds", CaseDocumentsTexts.kinds(draft.slots(), locale));
        }
        return VIEW;
    }

    /** The form's error summary with the documents' problems after the form's own, each linking to its file input. */
    private static FormView withDocumentErrors(FormView form, List<FieldViolation> violations, List<DocumentInput> inputs) {
        List<FormView.ErrorLink> errors = new ArrayList<>(form.errors());
        for (FieldViolation violation : violations) {
            if (violation.field().equals("documents")) {
                errors.add(new FormView.ErrorLink(violation.message(), "documents"));
            }
            inputs.stream().filter(i -> violation.field().equals(CaseDocuments.FIELD_PREFIX + i.slot())).findFirst()
                    .ifPresent(i -> errors.add(new FormView.ErrorLink(violation.message(), i.id())));
        }
        return new FormView(form.formId(), errors, form.rows());
    }

    private static DocumentInput input(DocumentSlot slot, List<FieldViolation> violations, Locale locale) {
        List<String> errors = violations.stream()
                .filter(v -> v.field().equals(CaseDocuments.FIELD_PREFIX + slot.code()))
                .map(FieldViolation::message).toList();
        return new DocumentInput(slot.code(), "doc-" + slot.code(), CaseDocumentsTexts.label(slot, locale),
                CaseDocumentsTexts.hint(slot, locale), slot.required(), slot.maxCount() > 1, slot.maxCount(), slot.accept(),
                String.join(", ", slot.types().stream().map(t -> t.shownName()).toList()), errors);
    }

    /**
     * One file input of the apply page.
     *
     * @param slot the input's name: the document slot
     * @param id its HTML id, which the error summary links to
     * @param hint the slot's own hint, null when it has none
     * @param kinds the types it takes, as the citizen reads them: {@code PDF, JPEG}
     */
    record DocumentInput(String slot, String id, String label, String hint, boolean required, boolean multiple, int maxCount,
            String accept, String kinds, List<String> errors) {

        public boolean invalid() {
            return !errors.isEmpty();
        }

        public String hintId() {
            return id + "-hint";
        }

        public String errorId() {
            return invalid() ? id + "-error" : null;
        }

        public String describedBy() {
            return invalid() ? hintId() + " " + errorId() : hintId();
        }
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
