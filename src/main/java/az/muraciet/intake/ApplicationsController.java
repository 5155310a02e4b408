package az.muraciet.intake;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseFiles;
import az.muraciet.casefile.CaseSummary;
import az.muraciet.process.CitizenActionModel;

/**
 * The citizen API: submit, confirm or cancel an application, list one's own, follow one by number, and take the steps
 * the case waits on the citizen for (citizen actions).
 */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationsController {

    private final ApplicationIntake intake;
    private final CaseFiles caseFiles;
    private final CitizenActions citizenActions;

    ApplicationsController(ApplicationIntake intake, CaseFiles caseFiles, CitizenActions citizenActions) {
        this.intake = intake;
        this.caseFiles = caseFiles;
        this.citizenActions = citizenActions;
    }

    @PostMapping
    ResponseEntity<ApplicationIntake.Submitted> submit(Principal citizen, @RequestBody SubmitApplicationRequest request) {
        ApplicationIntake.Submitted submitted = intake.submit(citizen.getName(), request);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + submitted.id())).body(submitted);
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
