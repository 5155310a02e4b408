package az.muraciet.process;

/** Element and variable names of {@code processes/WaterMeterInstallation.bpmn}, shared by its delegates and tests. */
public final class WaterMeterInstallationProcess {

    public static final String PROCESS_KEY = "WaterMeterInstallation";

    public static final String START_EVENT = "StartEvent_ApplicationSubmitted";
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String EVENT_CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";
    public static final String TASK_DETERMINE_DEPARTMENT = "Task_DetermineDepartment";
    public static final String TASK_ASSIGN_EXECUTOR = "Task_AssignExecutor";
    public static final String TASK_RESERVE_METER = "Task_ReserveMeter";
    public static final String TASK_RECORD_VISIT_OUTCOME = "Task_RecordVisitOutcome";
    public static final String TASK_DRAW_UP_ACT = "Task_DrawUpAct";
    public static final String TASK_REGISTER_ACT = "Task_RegisterAct";
    public static final String TASK_REGISTER_EXISTING_METER = "Task_RegisterExistingMeter";
    public static final String TASK_RELEASE_METER = "Task_ReleaseMeter";
    public static final String BOUNDARY_ASSIGN_EXECUTOR_OVERDUE = "BoundaryEvent_AssignExecutorOverdue";
    public static final String BOUNDARY_VISIT_OUTCOME_OVERDUE = "BoundaryEvent_RecordVisitOutcomeOverdue";
    public static final String BOUNDARY_DRAW_UP_ACT_OVERDUE = "BoundaryEvent_DrawUpActOverdue";
    public static final String END_COMPLETED = "EndEvent_Completed";
    public static final String END_NO_METER_STOCK = "EndEvent_RejectedNoMeterStock";
    public static final String END_UNSUITABLE_LINE = "EndEvent_RejectedUnsuitableLine";
    public static final String END_NOT_CONFIRMED = "EndEvent_NotConfirmed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    public static final String METER_RESERVED = "meterReserved";
    public static final String VISIT_OUTCOME = "visitOutcome";
    public static final String METER_SERIAL = "meterSerial";
    public static final String INITIAL_READING = "initialReading";
    public static final String SEAL_NUMBER = "sealNumber";
    public static final String ACT_DATE = "actDate";
    public static final String ACT_NOTES = "actNotes";
    public static final String ACT_NUMBER = "actNumber";
    public static final String OVERDUE_TASK = "overdueTask";

    private WaterMeterInstallationProcess() {
    }
}
