package az.muraciet.process;

/**
 * Element and variable names of {@code processes/NewSubscriberRegistration.bpmn} (Azərsu, a new subscriber of the
 * population group), shared by its delegate and tests.
 */
public final class NewSubscriberRegistrationProcess {

    public static final String PROCESS_KEY = "NewSubscriberRegistration";
    public static final String SERVICE_CODE = "NEW_SUBSCRIBER_REGISTRATION";

    public static final String START_EVENT = "StartEvent_ApplicationSubmitted";
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String EVENT_CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";
    public static final String TASK_DETERMINE_DEPARTMENT = "Task_DetermineDepartment";
    public static final String TASK_CHECK_DOCUMENTS = "Task_CheckDocuments";
    public static final String GATEWAY_DOCUMENTS_COMPLETE = "Gateway_DocumentsComplete";
    public static final String TASK_ASSIGN_EXECUTOR = "Task_AssignExecutor";
    public static final String TASK_INSPECT_SITE = "Task_InspectSite";
    public static final String GATEWAY_SITE_SUITABLE = "Gateway_SiteSuitable";
    public static final String TASK_ISSUE_SUBSCRIBER_CODE = "Task_IssueSubscriberCode";
    public static final String EVENT_SUBSCRIBER_REGISTERED = "Event_SubscriberRegistered";
    public static final String BOUNDARY_CHECK_DOCUMENTS_OVERDUE = "BoundaryEvent_CheckDocumentsOverdue";
    public static final String BOUNDARY_ASSIGN_EXECUTOR_OVERDUE = "BoundaryEvent_AssignExecutorOverdue";
    public static final String BOUNDARY_INSPECT_SITE_OVERDUE = "BoundaryEvent_InspectSiteOverdue";
    public static final String END_COMPLETED = "EndEvent_Completed";
    public static final String END_DOCUMENTS_INCOMPLETE = "EndEvent_RejectedDocumentsIncomplete";
    public static final String END_NOT_CONNECTED = "EndEvent_RejectedNotConnected";
    public static final String END_ALREADY_REGISTERED = "EndEvent_RejectedAlreadyRegistered";
    public static final String END_NOT_CONFIRMED = "EndEvent_NotConfirmed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** Task_CheckDocuments' input: links to the case's documents, for the form's text (markdown). */
    public static final String DOCUMENT_LINKS = "documentLinks";
    /** Submitted with check-documents.form: COMPLETE or INCOMPLETE. */
    public static final String DOCUMENTS_OUTCOME = "documentsOutcome";
    /** Submitted with check-documents.form when incomplete: what is missing or wrong; the citizen is told. */
    public static final String DOCUMENTS_NOTE = "documentsNote";
    /** Submitted with inspect-site.form: SUITABLE, NOT_CONNECTED or ALREADY_REGISTERED. */
    public static final String INSPECTION_OUTCOME = "inspectionOutcome";
    /** Submitted with inspect-site.form: what the inspection found; required when the place is not suitable. */
    public static final String INSPECTION_NOTE = "inspectionNote";
    /** Task_IssueSubscriberCode's input: the group the registry records (POPULATION). */
    public static final String SUBSCRIBER_GROUP = "subscriberGroup";
    /** Set by RegisterNewSubscriberDelegate: the code the registry issued. */
    public static final String NEW_SUBSCRIBER_CODE = "newSubscriberCode";
    /** Start-form fields the registry's record takes. */
    public static final String PERSONS_SERVED = "personsServed";
    public static final String SERVICE_TYPE = "serviceType";

    private NewSubscriberRegistrationProcess() {
    }
}
