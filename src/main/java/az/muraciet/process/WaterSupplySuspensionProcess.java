package az.muraciet.process;

/**
 * Element and variable names of {@code processes/WaterSupplySuspension.bpmn} (Azərsu: temporary suspension and
 * restoration of water supply), shared by the model check and the tests.
 */
public final class WaterSupplySuspensionProcess {

    public static final String PROCESS_KEY = "WaterSupplySuspension";
    public static final String SERVICE_CODE = "WATER_SUPPLY_SUSPENSION";

    public static final String START_EVENT = "StartEvent_ApplicationSubmitted";
    public static final String GATEWAY_AWAIT_CONFIRMATION = "Gateway_AwaitConfirmation";
    public static final String EVENT_CONFIRMATION_TIMED_OUT = "Event_ConfirmationTimedOut";
    public static final String TASK_DETERMINE_DEPARTMENT = "Task_DetermineDepartment";
    public static final String TASK_ASSIGN_EXECUTOR = "Task_AssignExecutor";
    /** Timer: waits until the start of the suspension date (Baku), or passes at once when the date has come. */
    public static final String EVENT_SUSPENSION_DATE_REACHED = "Event_SuspensionDateReached";
    public static final String TASK_SEAL_SUPPLY = "Task_SealSupply";
    public static final String GATEWAY_SEAL_OUTCOME = "Gateway_SealOutcome";
    public static final String EVENT_SUSPENDED = "Event_Suspended";
    /** The citizen action: the case waits here until the citizen asks for the supply back. */
    public static final String EVENT_CITIZEN_ASKS_FOR_RESTORATION = "Event_CitizenAsksForRestoration";
    public static final String EVENT_RESTORATION_REQUESTED = "Event_RestorationRequested";
    public static final String TASK_UNSEAL_SUPPLY = "Task_UnsealSupply";
    public static final String EVENT_RESTORED = "Event_Restored";
    public static final String BOUNDARY_ASSIGN_EXECUTOR_OVERDUE = "BoundaryEvent_AssignExecutorOverdue";
    public static final String BOUNDARY_SEAL_SUPPLY_OVERDUE = "BoundaryEvent_SealSupplyOverdue";
    public static final String BOUNDARY_UNSEAL_SUPPLY_OVERDUE = "BoundaryEvent_UnsealSupplyOverdue";
    public static final String END_COMPLETED = "EndEvent_Completed";
    public static final String END_NO_ACCESS_TO_VALVE = "EndEvent_RejectedNoAccessToValve";
    public static final String END_NO_SEPARATE_VALVE = "EndEvent_RejectedNoSeparateValve";
    public static final String END_NOT_CONFIRMED = "EndEvent_NotConfirmed";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    /** The citizen's restoration request, correlated by the citizen action of {@link #EVENT_CITIZEN_ASKS_FOR_RESTORATION}. */
    public static final String MESSAGE_RESTORATION_REQUESTED = "Message_RestorationRequested";

    /** Start form (water-supply-suspension-application.form): the first day without supply, ISO date. */
    public static final String SUSPENSION_START_DATE = "suspensionStartDate";
    /** Start form, optional: when the citizen expects to ask for the supply back, ISO date. */
    public static final String PLANNED_RESTORATION_DATE = "plannedRestorationDate";
    /** seal-supply.form: SEALED, NO_ACCESS_TO_VALVE or NO_SEPARATE_VALVE. */
    public static final String SEAL_OUTCOME = "sealOutcome";
    public static final String SEAL_NUMBER = "sealNumber";
    public static final String SEALED_ON = "sealedOn";
    public static final String SEAL_PLACE = "sealPlace";
    /** unseal-supply.form: INTACT or BROKEN, as the executor found the seal. */
    public static final String SEAL_CONDITION = "sealCondition";
    public static final String UNSEALED_ON = "unsealedOn";

    private WaterSupplySuspensionProcess() {
    }
}
