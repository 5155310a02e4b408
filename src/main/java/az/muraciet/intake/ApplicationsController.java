package az.muraciet.intake;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.casefile.CaseSummary;
import az.muraciet.document.CaseDocuments;
import az.muraciet.document.DocumentUpload;
import az.muraciet.document.StoredDocument;
import az.muraciet.process.CitizenActionModel;
import az.muraciet.shared.NotFoundException;

/**
 * The citizen API: submit, confirm or cancel an application, list one's own, follow one by number, and take the steps
 * the case waits on the citizen for (citizen actions).
 */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationsController {

    /** The JSON part of a multipart submission; every other part is a file, named by its document slot. */
    static final String APPLICATION_PART = "application";

    private final ApplicationIntake intake;
    private final CaseFiles caseFiles;
    private final CaseDocuments documents;
    private final CitizenActions citizenActions;

    ApplicationsController(ApplicationIntake intake, CaseFiles caseFiles, CaseDocuments documents,
            CitizenActions citizenActions) {
        this.intake = intake;
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.citizenActions = citizenActions;
    }

    @PostMapping
    ResponseEntity<ApplicationIntake.Submitted> submit(Principal citizen, @RequestBody SubmitApplicationRequest request) {
        return created(intake.submit(citizen.getName(), request));
    }

    /**
     * An application with its documents, in one request ({@code multipart/form-data}): the part
     * {@value #APPLICATION_PART} holds the JSON of {@link SubmitApplicationRequest}, each file part is named by the
     * slot it is for ({@code ID_CARD}, repeated for a second file). Checked and stored together: a refused file
     * refuses the whole application, and nothing is stored.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApplicationIntake.Submitted> submitWithDocuments(Principal citizen,
            @RequestPart(APPLICATION_PART) SubmitApplicationRequest request, MultipartHttpServletRequest multipart) {
        return created(intake.submit(citizen.getName(), request,
                DocumentUpload.fromParts(multipart.getMultiFileMap(), APPLICATION_PART)));
    }

    @PostMapping("/{id}/confirm")
    ApplicationIntake.Confirmed confirm(Principal citizen, @PathVariable String id) {
        return intake.confirm(citizen.getName(), id);
    }

    @PostMapping("/{id}/cancel")
    ApplicationIntake.Cancelled cancel(Principal citizen, @PathVariable String id) {
        return intake.cancel(citizen.getName(), id);
    }

    @GetMapping
    List<CaseSummary> mine(Principal citizen) {
        return caseFiles.casesOf(citizen.getName());
    }

    @GetMapping("/{numberOrId}")
    CaseDetails one(Principal citizen, @PathVariable String numberOrId) {
        return caseFiles.caseOf(citizen.getName(), numberOrId);
    }

    /** The documents attached to one's own application, without their content. */
    @GetMapping("/{numberOrId}/documents")
    List<StoredDocument> documents(Principal citizen, @PathVariable String numberOrId) {
        return documents.of(caseFiles.caseOf(citizen.getName(), numberOrId).summary().id());
    }

    /** One document of one's own application, as it was attached; anyone else's is "not found". */
    @GetMapping("/{numberOrId}/documents/{documentId}")
    ResponseEntity<byte[]> document(Principal citizen, @PathVariable String numberOrId, @PathVariable String documentId) {
        CaseDocuments.DocumentFile file = documents.file(caseFiles.caseOf(citizen.getName(), numberOrId).summary().id(),
                documentId).orElseThrow(() -> new NotFoundException("Sənəd tapılmadı / Document not found"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    /**
     * An upload the server did not read: over its multipart limit (413, naming the slot when the server said which
     * file it was) or not multipart at all (400), in the API's problem format.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadUpload(MultipartException e) {
        boolean tooLarge = CaseDocuments.overServerLimit(e);
        HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, tooLarge
                ? "Qeyd olunan sahələri düzəldin / Correct the fields listed in 'errors'"
                : "Göndərilən fayllar oxunmadı / The files sent could not be read");
        problem.setType(URI.create(tooLarge ? "/problems/invalid-input" : "/problems/unreadable-body"));
        problem.setTitle(tooLarge ? "Fayl çox böyükdür / The file is too large"
                : "Sorğunun mətni oxunmadı / The request body could not be read");
        if (tooLarge) {
            problem.setProperty("errors", List.of(documents.tooLarge(e)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ApplicationIntake.Submitted> created(ApplicationIntake.Submitted submitted) {
        return ResponseEntity.created(URI.create("/api/v1/applications/" + submitted.id())).body(submitted);
    }

    /** The steps the case waits on the citizen to take now (the model's citizen actions), e.g. asking for restoration. */
    @GetMapping("/{numberOrId}/actions")
    List<Action> actions(Principal citizen, @PathVariable String numberOrId) {
        return citizenActions.waitingOn(citizen.getName(), numberOrId).stream().map(Action::of).toList();
    }

    /** Takes one: 200 with the status after it, again 200 for a repeat; 404 no such action, 409 not at this stage. */
    @PostMapping("/{numberOrId}/actions/{action}")
    CitizenActions.Taken takeAction(Principal citizen, @PathVariable String numberOrId, @PathVariable String action) {
        return citizenActions.take(citizen.getName(), numberOrId, action);
    }

    /** A citizen action as the API lists it; {@code name} is what to post to {@code actions/{name}}. */
    record Action(String name, String label, String labelEn, String hint, String hintEn) {

        static Action of(CitizenActionModel.CitizenAction action) {
            return new Action(action.messageName(), action.label(), action.labelEn(), action.hint(), action.hintEn());
        }
    }
}
