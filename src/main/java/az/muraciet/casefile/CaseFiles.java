package az.muraciet.casefile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.shared.NotFoundException;

/** Reads cases for their applicant from the case tables (never from process variables). */
@Service
public class CaseFiles {

    private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}");

    private final Applications applications;
    private final CaseStatuses statuses;

    CaseFiles(Applications applications, CaseStatuses statuses) {
        this.applications = applications;
        this.statuses = statuses;
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> casesOf(String fin) {
        return applications.findByApplicantFinOrderByCreatedAtDesc(fin).stream().map(this::summary).toList();
    }

    /** By number ({@code AS-2026-000123}) or, before registration, by id; someone else's case is "not found". */
    @Transactional(readOnly = true)
    public CaseDetails caseOf(String fin, String numberOrId) {
        Application application = own(fin, numberOrId);
        List<CaseDetails.Step> history = application.history().stream()
                .map(c -> new CaseDetails.Step(c.status(), label(c.status()), c.reason(), reason(c.reason()),
                        c.note(), c.changedAt()))
                .toList();
        return new CaseDetails(summary(application), reason(application.statusReason()), history);
    }

    /** What the citizen entered, as stored with the case (phone in E.164); someone else's case is "not found". */
    @Transactional(readOnly = true)
    public Submission submissionOf(String fin, String numberOrId) {
        Application a = own(fin, numberOrId);
        return new Submission(a.id(), a.number(), a.serviceCode(), a.subscriberCode(), a.status(), a.formData());
    }

    /** With its status history in the same query (the citizen's status lookup is the API's most frequent request). */
    private Application own(String fin, String numberOrId) {
        var found = numberOrId == null ? Optional.<Application>empty()
                : NUMBER.matcher(numberOrId).matches() ? applications.findWithHistoryByNumber(numberOrId)
                : applications.findWithHistoryById(numberOrId);
        return found.filter(a -> a.isOf(fin))
                .orElseThrow(() -> new NotFoundException("Müraciət tapılmadı / Application not found: " + numberOrId));
    }

    private CaseSummary summary(Application a) {
        return new CaseSummary(a.id(), a.number(), a.serviceCode(), a.subscriberCode(), a.status(), label(a.status()),
                a.statusReason(), a.createdAt(), a.updatedAt());
    }

    private CaseStatuses.Label label(String status) {
        return statuses.status(status).orElse(new CaseStatuses.Label(status, status, status));
    }

    private CaseStatuses.Label reason(String reason) {
        return statuses.reason(reason).orElse(null);
    }
}
