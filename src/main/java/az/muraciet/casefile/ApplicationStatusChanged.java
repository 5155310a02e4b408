package az.muraciet.casefile;

import java.time.Instant;

/** Published once for every status transition of a case, inside the transaction that made it. */
public record ApplicationStatusChanged(String applicationId, String number, String serviceCode, String status, String reason,
        String actor, String note, Instant changedAt) {
}
