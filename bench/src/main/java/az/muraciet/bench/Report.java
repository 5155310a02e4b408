package az.muraciet.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run as markdown tables. */
final class Report {

    private final StringBuilder out = new StringBuilder();
    private final List<String> loads = new ArrayList<>();

    void loadAverage(String when) {
        loads.add(when + ": " + Bench.loadAverage());
    }

    void throughput(List<Throughput.Result> results, int[] clients) {
        if (results.isEmpty()) {
            return;
        }
        out.append("### Complete cases (water meter installation, meter installed: 3 user tasks, 3 asynchronous steps)\n\n");
        out.append("| clients | application cases/s | bare engine cases/s | application / bare | cases (app / bare) | failed |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (int n : clients) {
            Throughput.Result app = find(results, "application", n);
            Throughput.Result bare = find(results, "bare engine", n);
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s / %s | %s |%n", n,
                    app == null ? "–" : f2(app.casesPerSecond()), bare == null ? "–" : f2(bare.casesPerSecond()),
                    app == null || bare == null ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * app.casesPerSecond() / bare.casesPerSecond()),
                    app == null ? "–" : app.cases(), bare == null ? "–" : bare.cases(),
                    (app == null ? 0 : app.failures()) + (bare == null ? 0 : bare.failures())));
        }
        out.append("\n### Response times during those runs (ms: p50 / p95 / p99, count)\n\n");
        out.append("| request | target | clients | application | bare engine (Java API) |\n|---|---|---|---|---|\n");
        for (String request : List.of(CaseFlow.SUBMIT, CaseFlow.CONFIRM, CaseFlow.STATUS, CaseFlow.COMPLETE_TASK,
                CaseFlow.TASK_WAIT, CaseFlow.END_WAIT)) {
            for (int n : clients) {
                Throughput.Result app = find(results, "application", n);
                Throughput.Result bare = find(results, "bare engine", n);
                out.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s |%n", request,
                        request.equals(CaseFlow.SUBMIT) ? "p99 < 50 at 4 clients" : "", n,
                        app == null ? "–" : percentiles(app.latencies(), request),
                        bare == null ? "–" : percentiles(bare.latencies(), request)));
            }
        }
        out.append("\n");
    }

    void statusLookups(long cases, Duration seeding, Map<Integer, Latencies> lookups) {
        out.append(String.format(Locale.ROOT, "### Status lookup with %,d cases in the application table (seeded in %d s)%n%n",
                cases, seeding.toSeconds()));
        out.append("| clients | `GET /api/v1/applications/{number}` ms: p50 / p95 / p99, count | target |\n|---|---|---|\n");
        lookups.forEach((n, latencies) -> out.append(String.format(Locale.ROOT, "| %d | %s | p99 < 5 |%n", n,
                percentiles(latencies, CaseFlow.STATUS))));
        out.append("\n");
    }

    void tasklist(long open, Duration seeding, List<DepartmentTasklist.Tuning> tuning, DepartmentTasklist.Page before,
            DepartmentTasklist.Page after, int warmUp) {
        out.append(String.format(Locale.ROOT, "### A department's first Tasklist page, %,d open tasks of `%s` (seeded in %d s)%n%n",
                open, DepartmentTasklist.GROUP, seeding.toSeconds()));
        out.append("`POST /engine-rest/filter/{Struktur bölməmin tapşırıqları}/list?firstResult=0&maxResults=15` (HAL, sorted by "
                + "created desc), as the head `leyla`, one request after another; with the application's tuning after "
                + warmUp + " unmeasured requests.\n\n");
        out.append("| database | ms: p50 / p95 / p99, count | tasks counted / on the page | target |\n|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| Camunda's own indexes only | %s | %d / %d | < 10 |%n",
                percentiles(before.latencies(), "first page"), before.count(), before.tasksOnPage()));
        out.append(String.format(Locale.ROOT, "| with the application's %s | %s | %d / %d | < 10 |%n",
                tuning.isEmpty() ? "(none found)" : String.join(", ", tuning.stream().map(t -> t.kind() + " `" + t.name() + "`").toList()),
                percentiles(after.latencies(), "first page"), after.count(), after.tasksOnPage()));
        out.append("\n");
    }

    String markdown() {
        return out + "Load average (1, 5, 15 min): " + String.join("; ", loads) + "\n";
    }

    private static Throughput.Result find(List<Throughput.Result> results, String target, int clients) {
        return results.stream().filter(r -> r.target().equals(target) && r.clients() == clients).findFirst().orElse(null);
    }

    private static String percentiles(Latencies latencies, String name) {
        if (latencies.count(name) == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%s / %s / %s (%d)", f1(latencies.millis(name, 50)),
                f1(latencies.millis(name, 95)), f1(latencies.millis(name, 99)), latencies.count(name));
    }

    private static String f1(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
