package az.muraciet.process;

/** Element and variable names of {@code processes/NetworkTechnicalService.bpmn} (Azərişıq), shared by its tests. */
public final class NetworkTechnicalServiceProcess {

    public static final String PROCESS_KEY = "NetworkTechnicalService";
    public static final String SERVICE_CODE = "NETWORK_TECHNICAL_SERVICE";

    public static final String START_EVENT = "StartEvent_ApplicationSubmitted";
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String EVENT_CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";
    public static final String TASK_DETERMINE_DEPARTMENT = "Task_DetermineDepartment";
    public static final String TASK_ASSIGN_EXECUTOR = "Task_AssignExecutor";
    public static final String TASK_RECORD_WORK_OUTCOME = "Task_RecordWorkOutcome";
    public static final String TASK_DRAW_UP_WORK_ACT = "Task_DrawUpWorkAct";
    public static final String TASK_REGISTER_WORK_ACT = "Task_RegisterWorkAct";
    public static final String BOUNDARY_ASSIGN_EXECUTOR_OVERDUE = "BoundaryEvent_AssignExecutorOverdue";
    public static final String BOUNDARY_WORK_OUTCOME_OVERDUE = "BoundaryEvent_RecordWorkOutcomeOverdue";
    public static final String BOUNDARY_DRAW_UP_WORK_ACT_OVERDUE = "BoundaryEvent_DrawUpWorkActOverdue";
    public static final String END_COMPLETED = "EndEvent_Completed";
    public static final String END_NOT_ON_CONSUMER_BALANCE = "EndEvent_RejectedNotOnConsumerBalance";
    public static final String END_NO_ACCESS = "EndEvent_RejectedNoAccess";
    public static final String END_NOT_CONFIRMED = "EndEvent_NotConfirmed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** Submitted with record-work-outcome.form: DONE, NOT_ON_CONSUMER_BALANCE or NO_ACCESS. */
    public static final String WORK_OUTCOME = "workOutcome";
    public static final String WORK_PERFORMED = "workPerformed";

    private NetworkTechnicalServiceProcess() {
    }
}
