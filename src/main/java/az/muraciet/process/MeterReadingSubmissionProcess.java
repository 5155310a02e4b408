package az.muraciet.process;

/** Element and variable names of {@code processes/MeterReadingSubmission.bpmn} (Azərsu), shared by its tests. */
public final class MeterReadingSubmissionProcess {

    public static final String PROCESS_KEY = "MeterReadingSubmission";
    public static final String SERVICE_CODE = "METER_READING_SUBMISSION";
    public static final String DECISION_PLAUSIBILITY = "MeterReadingPlausibility";

    public static final String START_EVENT = "StartEvent_ReadingSubmitted";
    public static final String EVENT_REGISTERED = "Event_Registered";
    public static final String TASK_GATHER_READING_FACTS = "Task_GatherReadingFacts";
    public static final String TASK_CHECK_PLAUSIBILITY = "Task_CheckReadingPlausibility";
    public static final String GATEWAY_READING_PLAUSIBLE = "Gateway_ReadingPlausible";
    public static final String TASK_DETERMINE_DEPARTMENT = "Task_DetermineDepartment";
    public static final String EVENT_FORWARDED = "Event_Forwarded";
    public static final String TASK_REVIEW_READING = "Task_ReviewReading";
    public static final String BOUNDARY_REVIEW_READING_OVERDUE = "BoundaryEvent_ReviewReadingOverdue";
    public static final String TASK_ESCALATE_REVIEW_READING = "Task_EscalateReviewReading";
    public static final String END_REVIEW_READING_ESCALATED = "EndEvent_ReviewReadingEscalated";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String GATEWAY_SUBMITTED_READING_ACCEPTED = "Gateway_SubmittedReadingAccepted";
    public static final String TASK_RECORD_SUBMITTED_READING = "Task_RecordSubmittedReading";
    public static final String TASK_RECORD_CORRECTED_READING = "Task_RecordCorrectedReading";
    public static final String GATEWAY_READING_RECORDED = "Gateway_ReadingRecorded";
    public static final String EVENT_READING_ACCEPTED = "Event_ReadingAccepted";
    public static final String END_COMPLETED = "EndEvent_Completed";
    public static final String END_REJECTED = "EndEvent_ReadingRejected";

    /** Submitted with review-meter-reading.form: ACCEPT, CORRECT or REJECT. */
    public static final String REVIEW_DECISION = "reviewDecision";
    /** Submitted with review-meter-reading.form when the decision is CORRECT. */
    public static final String CORRECTED_READING = "correctedReading";
    /** Submitted with review-meter-reading.form when the decision is REJECT; the citizen is told it. */
    public static final String REJECTION_REASON = "rejectionReason";

    private MeterReadingSubmissionProcess() {
    }
}
