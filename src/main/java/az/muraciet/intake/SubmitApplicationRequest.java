package az.muraciet.intake;

import java.util.Map;

/**
 * {@code POST /api/v1/applications} and the portal's form: which service, for which subscriber code, and the service
 * form's data.
 */
public record SubmitApplicationRequest(String serviceCode, String subscriberCode, Map<String, Object> data) {
}
