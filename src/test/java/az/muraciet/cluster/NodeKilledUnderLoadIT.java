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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;

import az.muraciet.PostgresTestDatabase;
import az.muraciet.TestSmtp;

/**
 * Two nodes of the packaged application on one PostgreSQL database, four citizens' clients submitting and confirming
 * over the HTTP API against both; one node is killed with SIGKILL in the middle. The other node finishes its work:
 * every submission that was acknowledged has its case, every confirmed case is routed, and every message is
 * delivered — a message the dead node was sending when it died is sent again under the same reference, which the
 * SMS gateway and the mail reader use to drop the repeat.
 */
@Tag("postgres")
class NodeKilledUnderLoadIT {

    static final String DATABASE = "muraciet_kill";
    private final ClusterDatabase sql = new ClusterDatabase(() -> PostgresTestDatabase.connect(DATABASE));
    static final String SUBMISSION = """
            {"serviceCode":"WATER_METER_INSTALLATION","subscriberCode":"10000001","data":{"reason":"NEW_INSTALLATION",\
            "phone":"050 123 45 67","email":"resad.aliyev@example.az","notes":"Yük altında","additionalMeter":false}}""";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    final WireMockServer smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
    final GreenMail smtp = new GreenMail(TestSmtp.SETUP);
    final List<JarNode> nodes = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theOtherNodeFinishesTheWorkOfAKilledOne() throws Exception {
        String[] database = PostgresTestDatabase.createAfresh(DATABASE);
        smsGateway.start();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}")));
        smtp.start();
        JarNode a = startNode("node-a", database);
        JarNode b = startNode("node-b", database);
        sql.execute("update meter_stock set available = 100000 where warehouse = 'azersu-yasamal'");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    JarNode node = (client + i) % 2 == 0 && a.isAlive() ? a : b;
                    try {
                        HttpResponse<String> submitted = send(node, "/api/v1/applications", SUBMISSION);
                        answers.merge(submitted.statusCode() + " " + submitted.body().substring(0,
                                Math.min(120, submitted.body().length())), 1, Integer::sum);
                        if (submitted.statusCode() != 201) {
                            continue;
                        }
                        Matcher id = ID.matcher(submitted.body());
                        id.find();
                        acknowledged.add(id.group(1));
                        if (send(node, "/api/v1/applications/" + id.group(1) + "/confirm", "").statusCode() == 200) {
                            confirmed.add(id.group(1));
                        }
                    } catch (Exception nodeGone) {
                        // the killed node's connection broke: nothing was acknowledged, the client goes on
                    }
                }
                return null;
            });
        }
        // the load runs until enough cases went to both nodes (counts, not seconds: the machine may be slow)
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(confirmed.size())
                .as("confirmed before the kill; answers: " + answers).isGreaterThanOrEqualTo(40));
        int beforeKill = acknowledged.size();
        a.kill();
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(acknowledged.size())
                .as("acknowledged after the kill; answers: " + answers).isGreaterThanOrEqualTo(beforeKill + 40));
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(beforeKill).as("submissions before the kill: " + answers).isGreaterThanOrEqualTo(40);
        assertThat(acknowledged.size()).as("submissions after the kill, to the surviving node").isGreaterThan(beforeKill);
        Set<String> stored = new HashSet<>(sql.strings("select id from application"));
        assertThat(stored).as("every acknowledged submission has its case").containsAll(acknowledged);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(new HashSet<>(sql.strings("select a.id from application a join act_ru_task t "
                    + "on t.proc_inst_id_ = a.process_instance_id and t.task_def_key_ = 'Task_AssignExecutor'")))
                    .as("every confirmed case routed to its department").containsAll(confirmed);
            assertThat(sql.strings("select id from notification where state <> 'SENT'")).as("messages not yet sent").isEmpty();
        });
        assertThat(sql.strings("select id_ from act_ru_job where retries_ = 0")).as("failed jobs").isEmpty();

        Set<String> smsRows = new HashSet<>(sql.strings("select idempotency_key from notification where channel = 'SMS'"));
        Set<String> smsDelivered = DeliveredMessages.smsReferences(smsGateway);
        Set<String> emailDelivered = DeliveredMessages.emailReferences(smtp);
        assertThat(smsDelivered).as("SMS references delivered").isEqualTo(smsRows);
        assertThat(emailDelivered).as("e-mail references delivered")
                .hasSize(Integer.parseInt(sql.strings("select count(*) from notification where channel = 'EMAIL'").get(0)));
    }

    private JarNode startNode(String name, String[] database) throws Exception {
        List<String> args = JarNode.testArguments(database, Duration.ofSeconds(10), smsGateway.baseUrl(),
                TestSmtp.SETUP.getPort());
        JarNode node = JarNode.start(name, args);
        nodes.add(node);
        return node;
    }

    private HttpResponse<String> send(JarNode node, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("1AB2C3D:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (JarNode node : nodes) {
            node.close();
        }
        smtp.stop();
        smsGateway.stop();
    }
}
