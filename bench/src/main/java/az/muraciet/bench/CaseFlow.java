package az.muraciet.bench;

/** One complete case, from the citizen's submission to its last step, as one client drives it. */
interface CaseFlow {

    String SUBMIT = "submit";
    String CONFIRM = "confirm";
    String STATUS = "status lookup";
    String COMPLETE_TASK = "task completion";
    /** From asking for a task (after the step before it) until it is there: the job executor's steps and the queries. */
    String TASK_WAIT = "waiting for a task";
    /** From the last task's completion until the case is seen ended (the act, an asynchronous step, and the lookups). */
    String END_WAIT = "waiting for the end";

    /** Runs one case to its end, recording the response times of its requests. */
    void runOneCase(Latencies latencies) throws Exception;
}
