package az.muraciet.casefile;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

public record CaseDetails(@JsonUnwrapped CaseSummary summary, CaseStatuses.Label reasonLabel, List<Step> history) {

    /** @param note what the citizen is told with the step (an appeal's answer, an accepted reading), or null */
    public record Step(String status, CaseStatuses.Label statusLabel, String reason, CaseStatuses.Label reasonLabel,
            String note, Instant changedAt) {
    }
}
