package az.muraciet.notification;

import java.util.Set;

/** The values a template may name as {@code ${name}}; the caller gives all of them, an empty string when unknown. */
public final class Placeholders {

    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String SERVICE_NAME = "serviceName";
    public static final String SERVICE_NAME_EN = "serviceNameEn";
    public static final String STATUS_LABEL = "statusLabel";
    public static final String STATUS_LABEL_EN = "statusLabelEn";
    public static final String REASON = "reason";
    public static final String REASON_EN = "reasonEn";
    public static final String CITIZEN_NAME = "citizenName";
    public static final String UTILITY_NAME = "utilityName";
    public static final String ACT_NUMBER = "actNumber";
    /** What the model gives with the status ({@code caseStatusNote}); in an SMS cut to {@link #SMS_NOTE_LENGTH}. */
    public static final String STATUS_NOTE = "statusNote";

    /** Characters of {@link #STATUS_NOTE} an SMS carries: enough for a reading, a code or a date, not an answer. */
    public static final int SMS_NOTE_LENGTH = 40;

    public static final Set<String> ALL = Set.of(APPLICATION_NUMBER, SERVICE_NAME, SERVICE_NAME_EN, STATUS_LABEL,
            STATUS_LABEL_EN, REASON, REASON_EN, CITIZEN_NAME, UTILITY_NAME, ACT_NUMBER, STATUS_NOTE);

    private Placeholders() {
    }
}
