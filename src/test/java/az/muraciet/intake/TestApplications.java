package az.muraciet.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Application requests as the tests send them: valid unless a test says otherwise. */
public final class TestApplications {

    public static final String SERVICE = "WATER_METER_INSTALLATION";
    public static final String NETWORK_SERVICE = "NETWORK_TECHNICAL_SERVICE";
    public static final String METER_READING = "METER_READING_SUBMISSION";
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

    public static final String SUSPENSION_SERVICE = "WATER_SUPPLY_SUSPENSION";

    /** Azərsu's temporary suspension of the water supply from a date, with an optional planned restoration date. */
    public static SubmitApplicationRequest waterSupplySuspension(String subscriberCode, LocalDate from, LocalDate plannedUntil) {
        Map<String, Object> data = new HashMap<>();
        data.put("suspensionStartDate", from.toString());
        if (plannedUntil != null) {
            data.put("plannedRestorationDate", plannedUntil.toString());
        }
        data.put("reason", "TEMPORARY_ABSENCE");
        data.put("phone", "070 345 67 89");
        data.put("email", "tural.huseynov@example.az");
        data.put("notes", "Giriş siyirtməsi həyətdəki quyudadır");
        return new SubmitApplicationRequest(SUSPENSION_SERVICE, subscriberCode, data);
    }

    // --- Azərsu's electronic appeal and emergency service: no subscriber code needed ---------------------------

    public static final String APPEAL = "ELECTRONIC_APPEAL";
    public static final String EMERGENCY = "EMERGENCY_SERVICE";
    public static final String APPEAL_TEXT = "Son iki ayın hesabında su sərfiyyatı normadan üç dəfə çox göstərilib, yoxlanılmasını xahiş edirəm.";

    /**
     * An electronic appeal on a topic, about one of the citizen's subscriber codes or none ({@code null}), in a
     * district ({@code null}: none given, the code's district counts).
     */
    public static SubmitApplicationRequest appeal(String subscriberCode, String topic, String district) {
        return new SubmitApplicationRequest(APPEAL, subscriberCode, appealData(topic, district));
    }

    public static Map<String, Object> appealData(String topic, String district) {
        Map<String, Object> data = new HashMap<>();
        data.put("topic", topic);
        if (district != null) {
            data.put("district", district);
        }
        data.put("appealText", APPEAL_TEXT);
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
        return data;
    }

    /** An accident report: a leak in the district, at a street and building there. */
    public static SubmitApplicationRequest emergency(String district) {
        return new SubmitApplicationRequest(EMERGENCY, null, emergencyData(district));
    }

    public static Map<String, Object> emergencyData(String district) {
        Map<String, Object> data = new HashMap<>();
        data.put("accidentKind", "LEAK");
        data.put("district", district);
        data.put("street", "Şərifzadə küç.");
        data.put("building", "12");
        data.put("description", "Həyətdə boru partlayıb, su küçəyə axır");
        data.put("phone", "050 123 45 67");
        data.put("email", "resad.aliyev@example.az");
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
