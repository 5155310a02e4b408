package az.muraciet.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;

import az.muraciet.OwnPostgresServer;
import az.muraciet.TestSmtp;

/**
 * The packaged application on a PostgreSQL server of the test's own, under the load of four citizens' API clients;
 * the server crashes ({@code pg_ctl stop -m immediate}) and comes back a little later on the same data, while the
 * application keeps running. While it is down every request is refused cleanly and quickly (503 problem details with
 * {@code Retry-After}, the portal's "temporarily unavailable" page, readiness DOWN, liveness UP); afterwards the same
 * JVM serves again: new submissions succeed, every acknowledged submission has its case, the cases confirmed before
 * and during the outage are routed by the job executor, no job is left failed, and every message is sent.
 */
@Tag("postgres")
class PostgresRestartedUnderLoadIT {

    static final String DATABASE = "muraciet";
    private final ClusterDatabase sql = new ClusterDatabase(() -> this.postgres.connect(DATABASE));
    static final String SUBMISSION = NodeKilledUnderLoadIT.SUBMISSION;
    static final Pattern ID = NodeKilledUnderLoadIT.ID;
    /** How long a request may take while the database is down: the pool's connection timeout and some slack. */
    static final Duration CLEAN_REFUSAL_WITHIN = Duration.ofSeconds(8);
    static final Duration OUTAGE = Duration.ofSeconds(15);
    static final String UNAVAILABLE_AZ = "Xidmət müvəqqəti əlçatan deyil";

    final WireMockServer smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
    final GreenMail smtp = new GreenMail(TestSmtp.SETUP);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    OwnPostgresServer postgres;
    JarNode node;

    @Test
    void requestsAreRefusedCleanlyWhileTheDatabaseIsDownAndTheApplicationRecoversWithoutARestart() throws Exception {
        postgres = OwnPostgresServer.start();
        postgres.createDatabase(DATABASE);
        smsGateway.start();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}")));
        smtp.start();
        node = startNode();
        sql.execute("update meter_stock set available = 100000 where warehouse = 'azersu-yasamal'");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<String> unclean = new ArrayList<>();
        AtomicLong slowestRefusalMillis = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        Answer submitted = Answer.of(this, "POST", "/api/v1/applications", SUBMISSION);
                        record(submitted, answers, unclean, slowestRefusalMillis);
                        if (submitted.status() != 201) {
                            continue;
                        }
                        Matcher id = ID.matcher(submitted.body());
                        id.find();
                        acknowledged.add(id.group(1));
                        Answer confirmation = Answer.of(this, "POST", "/api/v1/applications/" + id.group(1) + "/confirm", "");
                        record(confirmation, answers, unclean, slowestRefusalMillis);
                        if (confirmation.status() == 200) {
                            confirmed.add(id.group(1));
                        }
                        record(Answer.of(this, "GET", "/api/v1/applications/" + id.group(1), null), answers, unclean,
                                slowestRefusalMillis);
                    } catch (Exception e) {
                        synchronized (unclean) {
                            unclean.add("no answer: " + e);
                        }
                    }
                }
                return null;
            });
        }
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(confirmed.size())
                .as("confirmed before the outage; answers: " + answers).isGreaterThanOrEqualTo(30));

        postgres.crash();
        long down = System.nanoTime();
        int acknowledgedBefore = acknowledged.size();
        Thread.sleep(2000);
        String anAcknowledgedCase = acknowledged.iterator().next();
        assertCleanRefusal(Answer.of(this, "POST", "/api/v1/applications", SUBMISSION));
        assertCleanRefusal(Answer.of(this, "POST", "/api/v1/applications/" + anAcknowledgedCase + "/confirm", ""));
        assertCleanRefusal(Answer.of(this, "GET", "/api/v1/applications/" + anAcknowledgedCase, null));
        assertCleanRefusal(Answer.of(this, "GET", "/api/v1/applications", null));
        assertUnavailablePage(Answer.of(this, "GET", "/services", null), UNAVAILABLE_AZ);
        assertUnavailablePage(Answer.english(this, "/services"), "The service is temporarily unavailable");
        Answer readiness = Answer.of(this, "GET", "/actuator/health/readiness", null);
        assertThat(readiness.status()).as("readiness while the database is down").isEqualTo(503);
        assertThat(readiness.millis()).isLessThan(CLEAN_REFUSAL_WITHIN.toMillis());
        assertThat(Answer.of(this, "GET", "/actuator/health/liveness", null).status()).as("liveness").isEqualTo(200);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - down).toMillis()));
        int acknowledgedWhileDown = acknowledged.size() - acknowledgedBefore;

        postgres.startAgain();
        long up = System.nanoTime();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> Answer.of(this, "GET",
                "/actuator/health/readiness", null).status() == 200);
        long readyAgainMillis = Duration.ofNanos(System.nanoTime() - up).toMillis();
        int confirmedAtRestart = confirmed.size();
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(confirmed.size())
                .as("confirmed after the restart; answers: " + answers).isGreaterThanOrEqualTo(confirmedAtRestart + 30));
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        System.out.printf("PostgreSQL restarted under load: answers %s; ready again %d ms after the server started;"
                + " slowest refusal %d ms; acknowledged while down %d%n", answers, readyAgainMillis,
                slowestRefusalMillis.get(), acknowledgedWhileDown);

        assertThat(unclean).as("answers that were neither a success nor a clean 503; all: " + answers).isEmpty();
        assertThat(answers.keySet()).as("503s while the database was down").anyMatch(a -> a.startsWith("503"));
        assertThat(slowestRefusalMillis.get()).as("the slowest refusal, ms").isLessThan(CLEAN_REFUSAL_WITHIN.toMillis());
        assertThat(new HashSet<>(sql.strings("select id from application"))).as("every acknowledged submission has its case")
                .containsAll(acknowledged);

        // After the outage the client lists its cases and confirms again each one it has not heard confirmed, and each
        // one still awaiting confirmation. An answer can be lost with the connection after the server committed (the
        // COMMIT reached the server just before it crashed, and the client heard 503): a submission the client heard
        // refused may be stored, and a confirmation it heard refused may have taken effect. Confirming is idempotent.
        Answer list = Answer.of(this, "GET", "/api/v1/applications", null);
        assertThat(list.status()).as("the citizen's list after the outage").isEqualTo(200);
        Map<String, String> listed = new HashMap<>();
        for (JsonNode summary : new ObjectMapper().readTree(list.body())) {
            listed.put(summary.get("id").asText(), summary.get("status").asText());
        }
        assertThat(listed.keySet()).as("every acknowledged case listed").containsAll(acknowledged);
        Set<String> awaiting = new HashSet<>();
        listed.forEach((id, status) -> {
            if (status.equals("SUBMITTED")) {
                awaiting.add(id);
            }
        });
        Set<String> storedButNotAcknowledged = new HashSet<>(awaiting);
        storedButNotAcknowledged.removeAll(acknowledged);
        assertThat(storedButNotAcknowledged.size()).as("cases stored whose submission the client heard refused")
                .isLessThanOrEqualTo(answers.getOrDefault("503 POST /api/v1/applications", 0));
        Set<String> refusedConfirmations = new HashSet<>(acknowledged);
        refusedConfirmations.removeAll(confirmed);
        Set<String> confirmedUnheard = new HashSet<>(refusedConfirmations);
        confirmedUnheard.removeAll(awaiting);
        assertThat(confirmedUnheard).as("confirmations the client heard refused that took effect, listed as confirmed")
                .allSatisfy(id -> assertThat(listed.get(id)).isNotIn("SUBMITTED", "CANCELLED"))
                .hasSizeLessThanOrEqualTo(answers.getOrDefault("503 POST /api/v1/applications/{id}/confirm", 0));
        Set<String> toConfirm = new HashSet<>(awaiting);
        toConfirm.addAll(refusedConfirmations);
        for (String id : toConfirm) {
            Answer again = Answer.of(this, "POST", "/api/v1/applications/" + id + "/confirm", "");
            assertThat(again.status()).as("confirmation retried after the outage: " + again.body()).isEqualTo(200);
            confirmed.add(id);
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(new HashSet<>(sql.strings("select a.id from application a join act_ru_task t "
                    + "on t.proc_inst_id_ = a.process_instance_id and t.task_def_key_ = 'Task_AssignExecutor'")))
                    .as("every confirmed case routed to its department").containsAll(confirmed);
            assertThat(sql.strings("select id from notification where state <> 'SENT'")).as("messages not yet sent").isEmpty();
        });
        assertThat(sql.strings("select id_ from act_ru_job where retries_ = 0")).as("failed jobs").isEmpty();
        assertThat(sql.strings("select id_ from act_ru_incident")).as("incidents").isEmpty();
        assertThat(sql.strings("select a.id from application a where a.status = 'SUBMITTED'")).as("cases left unconfirmed")
                .isEmpty();
        assertThat(new HashSet<>(sql.strings("select application_id from notification where case_status = 'FORWARDED' "
                + "and channel = 'SMS'"))).as("every routed case's SMS").containsAll(confirmed);

        Set<String> smsRows = new HashSet<>(sql.strings("select idempotency_key from notification where channel = 'SMS'"));
        Set<String> smsDelivered = DeliveredMessages.smsReferences(smsGateway);
        Set<String> emailDelivered = DeliveredMessages.emailReferences(smtp);
        assertThat(smsDelivered).as("SMS references delivered").isEqualTo(smsRows);
        assertThat(emailDelivered).as("e-mail references delivered")
                .isEqualTo(new HashSet<>(sql.strings("select idempotency_key from notification where channel = 'EMAIL'")));
    }

    /** A success, or a clean refusal; anything else is listed. */
    private static void record(Answer answer, Map<String, Integer> answers, List<String> unclean, AtomicLong slowest) {
        answers.merge(answer.status() + " " + answer.method() + " " + answer.pathShape(), 1, Integer::sum);
        if (answer.status() >= 200 && answer.status() < 300) {
            return;
        }
        slowest.accumulateAndGet(answer.millis(), Math::max);
        String problem = answer.uncleanRefusal();
        if (problem != null) {
            synchronized (unclean) {
                unclean.add(problem);
            }
        }
    }

    private static void assertCleanRefusal(Answer answer) {
        assertThat(answer.uncleanRefusal()).as(answer.method() + " " + answer.path()).isNull();
        assertThat(answer.body()).contains("\"title\":\"" + UNAVAILABLE_AZ);
    }

    private static void assertUnavailablePage(Answer answer, String text) {
        assertThat(answer.status()).as("portal page while the database is down").isEqualTo(503);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.retryAfter()).isNotNull();
        assertThat(answer.millis()).isLessThan(CLEAN_REFUSAL_WITHIN.toMillis());
        assertThat(answer.body()).contains(text).doesNotContain("Exception", "org.postgresql", "SQL");
    }

    /** One request's answer and how long it took. */
    record Answer(String method, String path, int status, String contentType, String retryAfter, String body, long millis) {

        static Answer of(PostgresRestartedUnderLoadIT test, String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(test.node.baseUrl() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "1AB2C3D:demo".getBytes(StandardCharsets.UTF_8)));
            if (json != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
            }
            if (path.startsWith("/api") || path.startsWith("/actuator")) {
                request.header("Accept", "application/json, application/problem+json");
            }
            return send(test, method, path, request);
        }

        static Answer english(PostgresRestartedUnderLoadIT test, String path) throws Exception {
            return send(test, "GET", path, HttpRequest.newBuilder(URI.create(test.node.baseUrl() + path))
                    .timeout(Duration.ofSeconds(60)).header("Cookie", "muraciet-lang=en"));
        }

        private static Answer send(PostgresRestartedUnderLoadIT test, String method, String path,
                HttpRequest.Builder request) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = test.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }

        /** @return what is wrong with this refusal, or null for a clean 503 problem */
        String uncleanRefusal() {
            if (status != 503 || !contentType.startsWith("application/problem+json") || retryAfter == null
                    || body.contains("Exception") || body.contains("org.") || body.contains("SQL")
                    || millis >= CLEAN_REFUSAL_WITHIN.toMillis()) {
                return status + " " + method + " " + path + " in " + millis + " ms, " + contentType + ", Retry-After "
                        + retryAfter + ": " + body.substring(0, Math.min(300, body.length()));
            }
            return null;
        }

        String pathShape() {
            return path.replaceAll("/[0-9a-f-]{36}", "/{id}");
        }
    }

    private JarNode startNode() throws Exception {
        // a job the node had taken when the database went away stays locked to it until the lock expires
        // (README "Operations"); shortened from 5 minutes, as the message lease is, so the test need not wait
        List<String> args = JarNode.testArguments(postgres.datasourceArguments(DATABASE), Duration.ofSeconds(20),
                smsGateway.baseUrl(), TestSmtp.SETUP.getPort());
        return JarNode.start("node-pg-restart", args);
    }

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            System.out.println("Node log: " + node.log);
            node.close();
        }
        smtp.stop();
        smsGateway.stop();
        if (postgres != null) {
            postgres.close();
        }
    }
}
