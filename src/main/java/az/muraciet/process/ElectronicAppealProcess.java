package az.muraciet.process;

/** Element and variable names of {@code processes/ElectronicAppeal.bpmn} (Azərsu's Elektron müraciət), shared by its tests. */
public final class ElectronicAppealProcess {

    public static final String PROCESS_KEY = "ElectronicAppeal";
    public static final String SERVICE_CODE = "ELECTRONIC_APPEAL";
    /** The routing table: topic × district → structural unit. */
    public static final String DECISION_KEY = "AppealRouting";

    public static final String START_EVENT = "StartEvent_ApplicationSubmitted";
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String EVENT_CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";
    public static final String TASK_DETERMINE_UNIT = "Task_DetermineUnit";
    public static final String GATEWAY_DRAFT_OR_REWORK = "Gateway_DraftOrRework";
    public static final String TASK_DRAFT_ANSWER = "Task_DraftAnswer";
    public static final String TASK_APPROVE_ANSWER = "Task_ApproveAnswer";
    public static final String GATEWAY_ANSWER_APPROVED = "Gateway_AnswerApproved";
    public static final String BOUNDARY_DRAFT_ANSWER_OVERDUE = "BoundaryEvent_DraftAnswerOverdue";
    public static final String BOUNDARY_APPROVE_ANSWER_OVERDUE = "BoundaryEvent_ApproveAnswerOverdue";
    public static final String END_ANSWERED = "EndEvent_Answered";
    public static final String END_NOT_CONFIRMED = "EndEvent_NotConfirmed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** The case status the approved answer is sent with; its note is the answer. */
    public static final String STATUS_ANSWERED = "ANSWERED";

    /** Start form: BILLING, WATER_QUALITY, SUPPLY_INTERRUPTION, SEWER, METER or OTHER. */
    public static final String TOPIC = "topic";
    /** Start form: the citizen's text, shown read-only to the unit. */
    public static final String APPEAL_TEXT = "appealText";
    /** draft-appeal-answer.form: the answer the citizen receives. */
    public static final String ANSWER_TEXT = "answerText";
    /** approve-appeal-answer.form: APPROVED or RETURNED. */
    public static final String APPROVAL_DECISION = "approvalDecision";
    /** approve-appeal-answer.form: why the answer goes back for rework, shown on the draft form. */
    public static final String REVIEW_COMMENT = "reviewComment";

    private ElectronicAppealProcess() {
    }
}
