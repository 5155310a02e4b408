package az.muraciet.process;

/** Element and variable names of {@code processes/EmergencyService.bpmn} (Azərsu's Qəza xidməti), shared by its tests. */
public final class EmergencyServiceProcess {

    public static final String PROCESS_KEY = "EmergencyService";
    public static final String SERVICE_CODE = "EMERGENCY_SERVICE";
    /** The dispatch table: district → emergency crew. */
    public static final String DECISION_KEY = "EmergencyRouting";

    public static final String START_EVENT = "StartEvent_AccidentReported";
    public static final String EVENT_REGISTERED = "Event_Registered";
    public static final String TASK_DETERMINE_BRIGADE = "Task_DetermineBrigade";
    public static final String EVENT_DISPATCHED = "Event_Dispatched";
    public static final String TASK_ELIMINATE_ACCIDENT = "Task_EliminateAccident";
    public static final String BOUNDARY_ELIMINATE_ACCIDENT_OVERDUE = "BoundaryEvent_EliminateAccidentOverdue";
    public static final String GATEWAY_ACCIDENT_OUTCOME = "Gateway_AccidentOutcome";
    public static final String END_COMPLETED = "EndEvent_Completed";
    public static final String END_NOT_FOUND = "EndEvent_RejectedNotFound";
    public static final String END_NOT_AZERSU_NETWORK = "EndEvent_RejectedNotAzersuNetwork";

    /** The case status of a report handed to the crew. */
    public static final String STATUS_DISPATCHED = "DISPATCHED";
    /** The Tasklist priority of the crew's task (camunda:priority), above an escalated ordinary task's. */
    public static final int TASK_PRIORITY = 90;

    /** The optional photo's document slot (e_service_document). */
    public static final String PHOTO_SLOT = "PHOTO";
    /** Task_EliminateAccident's input: a link to the photo, for the form's text (markdown). */
    public static final String DOCUMENT_LINKS = "documentLinks";

    /** Start form: NO_WATER, LEAK or SEWER_OVERFLOW. */
    public static final String ACCIDENT_KIND = "accidentKind";
    /** record-accident-outcome.form: ELIMINATED, NOT_FOUND or NOT_AZERSU_NETWORK. */
    public static final String ACCIDENT_OUTCOME = "accidentOutcome";
    /** record-accident-outcome.form: what the crew did or found, the citizen's status note. */
    public static final String OUTCOME_NOTES = "outcomeNotes";

    private EmergencyServiceProcess() {
    }
}
