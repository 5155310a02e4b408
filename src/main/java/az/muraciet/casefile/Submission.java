package az.muraciet.casefile;

import java.util.Map;

/** An application as the citizen submitted it: the form's data as stored with the case (phone in E.164). */
public record Submission(String id, String number, String serviceCode, String subscriberCode, String status,
        Map<String, Object> formData) {

    public Submission {
        formData = formData == null ? Map.of() : formData;
    }

    public boolean awaitsConfirmation() {
        return CaseStatus.SUBMITTED.equals(status);
    }
}
