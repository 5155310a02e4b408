package az.muraciet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * The benchmark of issue 6 in one run, against an application already running on PostgreSQL (bench/run starts it):
 * complete cases per second through the application's HTTP API and through a bare engine in this JVM, with 1 and 4
 * clients, and their response times; the status lookup among a million cases; a department's first Tasklist page
 * among 20,000 open tasks, without and with the application's indexes. Prints a markdown report on standard output.
 *
 * <p>Options ({@code --name=value}): {@code app} the application's address; {@code app-db}, {@code bare-db} the
 * databases; {@code processes} the folder of the models; {@code warm-up}, {@code window} seconds per throughput run;
 * {@code clients} e.g. {@code 1,4}; {@code poll-ms}; {@code parts} any of {@code app,bare,lookup,tasklist};
 * {@code tasks}, {@code pages-before}, {@code pages-warm-up}, {@code pages-after} for the Tasklist page.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("app", "http://127.0.0.1:18080",
                "server", "jdbc:postgresql://127.0.0.1:5432/", "app-db", "muraciet_bench", "bare-db", "muraciet_bench_bare",
                "processes", "processes", "warm-up", "60", "window", "60", "clients", "1,4", "poll-ms", "10",
                "parts", "app,bare,lookup,tasklist"));
        options.put("tasks", "20000");
        options.put("lookup-window", "30");
        options.put("lookup-warm-up", "30");
        options.put("pages-before", "2");
        options.put("pages-after", "30");
        options.put("pages-warm-up", "30");
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new Bench(options).run();
    }

    private final Map<String, String> options;
    private final Report report = new Report();

    private Bench(Map<String, String> options) {
        this.options = options;
    }

    private void run() throws Exception {
        List<String> parts = Arrays.asList(options.get("parts").split(","));
        int[] clients = Arrays.stream(options.get("clients").split(",")).mapToInt(Integer::parseInt).toArray();
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.get("warm-up")));
        Duration window = Duration.ofSeconds(Long.parseLong(options.get("window")));
        Polling polling = new Polling(Duration.ofMillis(Long.parseLong(options.get("poll-ms"))), Duration.ofMinutes(2));
        Database appDb = new Database(options.get("server"), options.get("app-db"));
        AppHttp http = new AppHttp(options.get("app"));
        report.loadAverage("start");

        List<Throughput.Result> results = new ArrayList<>();
        if (parts.contains("app")) {
            appDb.execute("update meter_stock set available = 10000000 where warehouse = 'azersu-yasamal'");
            AppCaseFlow flow = new AppCaseFlow(http, polling);
            for (int n : clients) {
                progress("application, " + n + " client(s)");
                results.add(Throughput.measure("application", flow, n, warmUp, window));
                report.loadAverage("after the application with " + n + " client(s)");
            }
        }
        if (parts.contains("bare")) {
            Database bareDb = new Database(options.get("server"), options.get("bare-db"));
            bareDb.createAfresh();
            ProcessEngine engine = BareEngine.start("bare", bareDb.jdbcUrl(), true, true, false);
            try {
                Path processes = Path.of(options.get("processes"));
                BareEngine.deploy(engine, processes.resolve("WaterMeterInstallation.bpmn"),
                        processes.resolve("DepartmentRouting.dmn"));
                BareCaseFlow flow = new BareCaseFlow(engine, polling);
                for (int n : clients) {
                    progress("bare engine, " + n + " client(s)");
                    results.add(Throughput.measure("bare engine", flow, n, warmUp, window));
                    report.loadAverage("after the bare engine with " + n + " client(s)");
                }
            } finally {
                engine.close();
            }
        }
        report.throughput(results, clients);

        if (parts.contains("lookup")) {
            MillionCases million = new MillionCases(appDb, http);
            progress("seeding the application table");
            Duration seeding = million.seed();
            long cases = million.count();
            Duration lookupWindow = Duration.ofSeconds(Long.parseLong(options.get("lookup-window")));
            Duration lookupWarmUp = Duration.ofSeconds(Long.parseLong(options.get("lookup-warm-up")));
            Map<Integer, Latencies> lookups = new java.util.LinkedHashMap<>();
            for (int n : clients) {
                progress("status lookups, " + n + " client(s)");
                lookups.put(n, million.lookUp(n, lookupWarmUp, lookupWindow));
            }
            report.statusLookups(cases, seeding, lookups);
            report.loadAverage("after the status lookups");
        }

        if (parts.contains("tasklist")) {
            DepartmentTasklist tasklist = new DepartmentTasklist(appDb, http);
            int tasks = Integer.parseInt(options.get("tasks"));
            progress("seeding " + tasks + " open tasks");
            Duration seeding = tasklist.seed(tasks);
            long open = tasklist.openTasksOfDepartment();
            List<DepartmentTasklist.Tuning> tuning = tasklist.applicationTuning();
            tasklist.drop(tuning);
            progress("first Tasklist page with Camunda's own indexes only");
            // a minute a page on a busy machine: a few are enough
            DepartmentTasklist.Page before = tasklist.firstPage(0, Integer.parseInt(options.get("pages-before")));
            tasklist.create(tuning);
            progress("first Tasklist page with the application's statistics and indexes");
            DepartmentTasklist.Page after = tasklist.firstPage(Integer.parseInt(options.get("pages-warm-up")),
                    Integer.parseInt(options.get("pages-after")));
            report.tasklist(open, seeding, tuning, before, after, Integer.parseInt(options.get("pages-warm-up")));
            report.loadAverage("after the Tasklist pages");
        }
        System.out.println(report.markdown());
    }

    private static void progress(String what) {
        System.err.printf(Locale.ROOT, "%tT %s%n", System.currentTimeMillis(), what);
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
