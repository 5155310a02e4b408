package az.muraciet.intake;

import java.util.HashMap;
import java.util.Map;

/** Application requests as the tests send them: valid unless a test says otherwise. */
public final class TestApplications {

    public static final String SERVICE = "WATER_METER_INSTALLATION";

    private TestApplications() {
    }

    public static SubmitApplicationRequest meterInstallation(String subscriberCode) {
        return new SubmitApplicationRequest(SERVICE, subscriberCode, validData());
    }

    public static Map<String, Object> validData() {
        Map<String, Object> data = new HashMap<>();
        data.put("reason", "NEW_INSTALLATION");
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
        data.put("notes", "Həyətdəki xətt üçün sayğac lazımdır");
        data.put("additionalMeter", false);
        return data;
    }
}
