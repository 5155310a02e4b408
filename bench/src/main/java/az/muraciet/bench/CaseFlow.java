package az.muraciet.bench;

/** One complete case, from the citizen's submission to its last step, as one client drives it. */
interface CaseFlow {

    String SUBMIT = "submit";
    String CONFIRM = "confirm";
    String STATUS = "status lookup";
    String COMPLETE_TASK = "task completion";

    /** Runs one case to its end, recording the response times of its requests. */
    void runOneCase(Latencies latencies) throws Exception;
}
