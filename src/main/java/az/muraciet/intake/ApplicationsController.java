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

/** The citizen API: submit, confirm or cancel an application, list one's own, and follow one by number. */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationsController {

    private final ApplicationIntake intake;
    private final CaseFiles caseFiles;

    ApplicationsController(ApplicationIntake intake, CaseFiles caseFiles) {
        this.intake = intake;
        this.caseFiles = caseFiles;
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
}
