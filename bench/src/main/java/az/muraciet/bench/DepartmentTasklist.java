package az.muraciet.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A department with 20,000 open tasks, and the first page of its Tasklist filter "Struktur bölməmin tapşırıqları" as
 * Tasklist asks for it: {@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15}, HAL, newest first,
 * as the department's head (authorizations on, so the engine checks the head's rights on every task).
 */
final class DepartmentTasklist {

    static final String GROUP = "azersu-yasamal";
    static final String FILTER = "Struktur bölməmin tapşırıqları";
    /** What Tasklist 7.24 posts for a filter's first page (camunda-tasklist-bootstrap.js, taskListQuery). */
    static final String FIRST_PAGE = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"firstResult":0,"maxResults":15,\
            "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

    private final Database database;
    private final AppHttp http;

    DepartmentTasklist(Database database, AppHttp http) {
        this.database = database;
        this.http = http;
    }

    /**
     * Open water meter cases waiting for the department to assign an executor, started straight at that task by an
     * engine of the bench's own on the application's database: the application's model, its task, its candidate
     * group, the task's authorization for the group written by the engine as the application's engine writes it.
     *
     * @return how long the seeding took
     */
    Duration seed(int tasks) throws Exception {
        long start = System.nanoTime();
        ProcessEngine engine = BareEngine.start("seed", database.jdbcUrl(), false, false, true);
        try {
            RuntimeService runtime = engine.getRuntimeService();
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            int batch = 100;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < tasks; from += batch) {
                int first = from;
                int last = Math.min(tasks, from + batch);
                batches.add(pool.submit(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
                    for (int i = first; i < last; i++) {
                        String applicationId = "bench-open-" + i;
                        runtime.createProcessInstanceByKey(BareCaseFlow.PROCESS_KEY).businessKey(applicationId)
                                .startBeforeActivity("Task_AssignExecutor")
                                .setVariables(BareCaseFlow.startVariables(applicationId)
                                        .putValue("departmentGroup", GROUP)
                                        .putValue("applicationNumber", "AS-2020-%06d".formatted(i)))
                                .execute();
                    }
                    return null;
                })));
            }
            for (Future<?> done : batches) {
                done.get();
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } finally {
            engine.close();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    long openTasksOfDepartment() throws SQLException {
        return database.count("select count(*) from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
                + "where l.type_ = 'candidate' and l.group_id_ = '" + GROUP + "'");
    }

    record Page(Latencies latencies, long count, int tasksOnPage) {
    }

    /** The first page, asked for one after another by the head of the department. */
    Page firstPage(int warmUp, int times) throws Exception {
        AppHttp.Answer filters = http.get("/engine-rest/filter?resourceType=Task&name="
                + URLEncoder.encode(FILTER, StandardCharsets.UTF_8), AppCaseFlow.HEAD).expect(200, "filters");
        String filterId = filters.json().get(0).path("id").asText();
        String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        Latencies latencies = new Latencies();
        JsonNode last = null;
        for (int i = 0; i < warmUp + times; i++) {
            long t = System.nanoTime();
            AppHttp.Answer page = http.postHal(path, AppCaseFlow.HEAD, FIRST_PAGE).expect(200, "filter list");
            if (i >= warmUp) {
                latencies.record("first page", t);
            }
            last = page.json();
        }
        return new Page(latencies, last.path("count").asLong(), last.path("_embedded").path("task").size());
    }

    /**
     * What the application adds to Camunda's tables for their queries, as the database has it: indexes named
     * {@code muraciet_ix_*} and statistics named {@code muraciet_st_*}, each with the statement that creates it.
     */
    List<Tuning> applicationTuning() throws SQLException {
        List<Tuning> tuning = new ArrayList<>();
        for (String name : database.strings("select indexname from pg_indexes where indexname like 'muraciet_ix_%' order by 1")) {
            tuning.add(new Tuning("index", name, database.strings(
                    "select indexdef from pg_indexes where indexname = '" + name + "'").get(0)));
        }
        for (String name : database.strings("select stxname from pg_statistic_ext where stxname like 'muraciet_st_%' order by 1")) {
            tuning.add(new Tuning("statistics", name, database.strings(
                    "select pg_get_statisticsobjdef(oid) from pg_statistic_ext where stxname = '" + name + "'").get(0)));
        }
        return tuning;
    }

    record Tuning(String kind, String name, String definition) {
    }

    void drop(List<Tuning> tuning) throws SQLException {
        for (Tuning t : tuning) {
            database.execute("drop " + t.kind() + " " + t.name());
        }
        database.execute("analyze");
    }

    void create(List<Tuning> tuning) throws SQLException {
        for (Tuning t : tuning) {
            database.execute(t.definition());
        }
        database.execute("analyze");
    }
}
