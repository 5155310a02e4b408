package az.muraciet.intake;

import java.util.HashMap;
import java.util.Map;

/** Application requests as the tests send them: valid unless a test says otherwise. */
public final class TestApplications {

    public static final String SERVICE = "WATER_METER_INSTALLATION";
    public static final String NETWORK_SERVICE = "NETWORK_TECHNICAL_SERVICE";
    public static final String METER_READING = "METER_READING_SUBMISSION";

    private TestApplications() {
    }

    public static SubmitApplicationRequest meterInstallation(String subscriberCode) {
        return new SubmitApplicationRequest(SERVICE, subscriberCode, validData());
    }

    /** Azərişıq's network technical service, for a population subscriber code. */
    public static SubmitApplicationRequest networkService(String subscriberCode) {
        return new SubmitApplicationRequest(NETWORK_SERVICE, subscriberCode, networkServiceData("POPULATION", null));
    }

    /** Azərişıq's network technical service, for a non-population main code and one of its metering points. */
    public static SubmitApplicationRequest networkService(String mainCode, String meteringPoint) {
        return new SubmitApplicationRequest(NETWORK_SERVICE, mainCode, networkServiceData("NON_POPULATION", meteringPoint));
    }

    public static Map<String, Object> networkServiceData(String subscriberType, String meteringPoint) {
        Map<String, Object> data = new HashMap<>();
        data.put("subscriberType", subscriberType);
        if (meteringPoint != null) {
            data.put("meteringPoint", meteringPoint);
        }
        data.put("reason", "EQUIPMENT_FAULT");
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
        data.put("notes", "Həyətdəki paylayıcı şkaf qızır");
        return data;
    }

    /** Azərsu's meter reading submission: the reading as a JSON client sends a number. */
    public static SubmitApplicationRequest meterReading(String subscriberCode, Object reading) {
        return new SubmitApplicationRequest(METER_READING, subscriberCode, meterReadingData(reading));
    }

    public static Map<String, Object> meterReadingData(Object reading) {
        Map<String, Object> data = new HashMap<>();
        data.put("reading", reading);
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
        data.put("notes", "Sayğac mətbəxdədir");
        return data;
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
