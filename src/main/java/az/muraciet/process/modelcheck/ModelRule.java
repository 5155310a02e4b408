package az.muraciet.process.modelcheck;

/** The rules of the model check; each finding names the one it breaks. */
enum ModelRule {
    /** The file is a BPMN or DMN model the engine can read. */
    READABLE,
    /** Each user task, and each start event that has a form, is bound to an existing Camunda Form by deployment. */
    FORM,
    /** Each user task has candidate groups or candidate users. */
    CANDIDATES,
    /** Each user task has a due date. */
    DUE_DATE,
    /** Each user task has a non-interrupting timer boundary event that escalates it when overdue. */
    ESCALATION,
    /** Each expression parses and names only Spring beans, engine names or allow-listed process variables. */
    EXPRESSION,
    /** Each {@code camunda:class} (or other class attribute) names a class the application can load. */
    CLASS,
    /** Each {@code caseStatus} is a row of {@code case_status}, on an element that changes the status. */
    CASE_STATUS,
    /** Each {@code caseStatusReason} is a row of {@code status_reason} and goes with a {@code caseStatus}. */
    STATUS_REASON,
    /** Each status that notifies the citizen has its SMS and e-mail templates. */
    STATUS_TEMPLATES,
    /** Each department a routing table sends cases to is an existing Camunda group. */
    DEPARTMENT_GROUP,
    /** Each routing table ends with a rule that matches every case. */
    CATCH_ALL_RULE,
    /** No element keeps an id the Modeler made up ({@code Activity_0x7f3ab}, {@code StartEvent_1}). */
    MODELER_DEFAULT_ID,
    /** Each flow node and sequence flow id starts with its kind ({@code Task_}, {@code Gateway_}, ...). */
    ID_PREFIX,
    /** The BPMN file is named after its process id. */
    FILE_NAME,
    /** Each flow node and sequence flow is drawn in the diagram. */
    DIAGRAM,
    /** Each {@code citizenAction} has a label and sits on an element that waits for a named message. */
    CITIZEN_ACTION,
    /**
     * No script: no script task, no {@code camunda:script}, no condition in a script language, decision expressions
     * in FEEL or JUEL only. The engine refuses such a deployment.
     */
    NO_SCRIPT
}
