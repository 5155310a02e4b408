package az.muraciet.intake;

import java.util.HashMap;
import java.util.Map;

/** Application requests as the tests send them: valid unless a test says otherwise. */
public final class TestApplications {

    public static final String SERVICE = "WATER_METER_INSTALLATION";
    public static final String NETWORK_SERVICE = "NETWORK_TECHNICAL_SERVICE";
    public static final String NEW_SUBSCRIBER = "NEW_SUBSCRIBER_REGISTRATION";

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

    public static Map<String, Object> validData() {
        Map<String, Object> data = new HashMap<>();
        data.put("reason", "NEW_INSTALLATION");
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
        data.put("notes", "Həyətdəki xətt üçün sayğac lazımdır");
        data.put("additionalMeter", false);
        return data;
    }

    /** Azərsu's new subscriber registration: no subscriber code, the place in the given district. */
    public static SubmitApplicationRequest newSubscriber(String district) {
        return new SubmitApplicationRequest(NEW_SUBSCRIBER, null, newSubscriberData(district));
    }

    public static Map<String, Object> newSubscriberData(String district) {
        Map<String, Object> data = new HashMap<>();
        data.put("district", district);
        data.put("street", "Şərifzadə küç.");
        data.put("building", "14A");
        data.put("flat", "23");
        data.put("personsServed", 3);
        data.put("serviceType", "WATER_AND_SEWERAGE");
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
        data.put("notes", "Yeni alınmış mənzil");
        return data;
    }
}
