package az.muraciet.process;

/** Names of the process variables every e-service process shares; the case id is also the business key. */
public final class CaseVariables {

    public static final String APPLICATION_ID = "applicationId";
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String SERVICE_CODE = "serviceCode";
    public static final String UTILITY = "utility";
    public static final String SUBSCRIBER_CODE = "subscriberCode";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String ADDRESS = "address";
    public static final String DISTRICT = "district";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String CONTACT_EMAIL = "contactEmail";
    public static final String CONFIRMATION_TIMEOUT = "confirmationTimeout";
    public static final String DEPARTMENT_GROUP = "departmentGroup";
    public static final String EXECUTOR = "executor";
    /** Transient: who caused the step when it was not an engine user (the citizen confirming, say). */
    public static final String STATUS_ACTOR = "statusActor";

    public static final String MESSAGE_APPLICATION_CONFIRMED = "Message_ApplicationConfirmed";
    public static final String MESSAGE_APPLICATION_WITHDRAWN = "Message_ApplicationWithdrawn";

    private CaseVariables() {
    }
}
