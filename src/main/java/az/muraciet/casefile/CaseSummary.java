package az.muraciet.casefile;

import java.time.Instant;

public record CaseSummary(String id, String number, String serviceCode, String subscriberCode, String status,
        CaseStatuses.Label statusLabel, String reason, Instant submittedAt, Instant updatedAt) {
}
