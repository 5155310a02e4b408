package az.muraciet.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;

import az.muraciet.MuraciatApplication;
import az.muraciet.PostgresTestDatabase;
import az.muraciet.TestSmtp;
import az.muraciet.casefile.Applications;
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.intake.TestApplications;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.NetworkTechnicalServiceProcess;
import az.muraciet.process.WaterMeterInstallationProcess;
import az.muraciet.security.DemoCitizens;

/**
 * Camunda's homogeneous cluster: two application nodes (two Spring contexts, each with its engine, job executor and
 * notification dispatcher) on one PostgreSQL database. A few hundred cases go through every path — asynchronous
 * routing, the confirmation timer, the escalation timer, stock, acts — with citizens and employees served by either
 * node, while the SMS gateway and the mail server are down for the first minute. Every case ends once, in the status
 * its path leads to; every message is sent exactly once once the gateways are back; no job fails.
 */
@Tag("postgres")
class TwoNodeClusterTest {

    static final String DATABASE = "muraciet_cluster";
    static final int CASES_PER_PATH = 40;

    enum Path { INSTALLED, UNSUITABLE_LINE, NO_METER_STOCK, WITHDRAWN, NOT_CONFIRMED, NETWORK_WORK_DONE }

    static WireMockServer smsGateway;
    static GreenMail smtp;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startCluster() throws SQLException {
        String[] database = PostgresTestDatabase.createAfresh(DATABASE);
        smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
        smsGateway.start();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}")));
        smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();
        // one after the other, as a rolling start: the first creates the schema, deploys the models, loads the demo
        nodeA = node("node-a", database);
        nodeB = node("node-b", database);
    }

    static ConfigurableApplicationContext node(String name, String[] database) {
        List<String> args = new ArrayList<>(List.of(database));
        args.addAll(List.of(
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle=R3/PT1S",
                "--muraciet.confirmation-timeout=PT3S",
                "--muraciet.task-due.WaterMeterInstallation.Task_AssignExecutor=PT2S",
                "--muraciet.notifications.poll-interval=PT0.2S",
                "--muraciet.notifications.first-retry-delay=PT0.5S",
                "--muraciet.notifications.max-retry-delay=PT2S",
                "--muraciet.notifications.max-attempts=1000",
                "--muraciet.sms-gateway.type=http",
                "--muraciet.sms-gateway.url=" + smsGateway.baseUrl(),
                "--muraciet.sms-gateway.username=muraciet",
                "--muraciet.sms-gateway.password=secret",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestSmtp.SETUP.getPort()));
        return new SpringApplicationBuilder(MuraciatApplication.class).profiles("postgres", "demo")
                .run(args.toArray(String[]::new));
    }

    @AfterAll
    static void stopCluster() {
        Stream.of(nodeA, nodeB).filter(n -> n != null).forEach(ConfigurableApplicationContext::close);
        if (smtp != null) {
            smtp.stop();
        }
        if (smsGateway != null) {
            smsGateway.stop();
        }
    }

    @Test
    void everyCaseOfEveryPathEndsOnceAndEveryMessageIsSentOnceAfterTheGatewayOutage() {
        JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
        nodeA.getBean(MeterStock.class).setAvailable("azersu-yasamal", 10_000);
        nodeA.getBean(MeterStock.class).setAvailable("central-dispatch", 0);
        Map<String, Path> paths = new HashMap<>();
        // the SMS gateway and the mail server are down while the cases come in
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(503)));
        smtp.stop();

        for (int i = 0; i < CASES_PER_PATH * Path.values().length; i++) {
            Path path = Path.values()[i % Path.values().length];
            ApplicationIntake intake = node(i).getBean(ApplicationIntake.class);
            ApplicationIntake other = node(i + 1).getBean(ApplicationIntake.class);
            String fin = path == Path.NO_METER_STOCK ? DemoCitizens.GUNEL : DemoCitizens.RASHAD;
            var request = switch (path) {
                case NETWORK_WORK_DONE -> TestApplications.networkService("20000001");
                case NO_METER_STOCK -> TestApplications.meterInstallation("10000003");
                default -> TestApplications.meterInstallation("10000001");
            };
            String id = intake.submit(fin, request).id();
            paths.put(id, path);
            switch (path) {
                case WITHDRAWN -> other.cancel(fin, id);
                case NOT_CONFIRMED -> { }
                default -> other.confirm(fin, id);
            }
        }

        await().atMost(Duration.ofMinutes(1)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where attempts > 1 and channel = 'SMS'", Integer.class) > 0
                && jdbc.queryForObject("select count(*) from notification where attempts > 1 and channel = 'EMAIL'",
                        Integer.class) > 0);
        assertThat(jdbc.queryForObject("select count(*) from notification where state = 'SENT'", Integer.class))
                .as("sent during the outage").isZero();
        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}")));
        smtp = new GreenMail(TestSmtp.SETUP);
        smtp.start();

        // the employees of both nodes work every task as it appears, until no case is open
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            workOpenTasks(paths);
            return jdbc.queryForObject("select count(*) from application where status not in "
                    + "('COMPLETED', 'REJECTED', 'CANCELLED')", Integer.class) == 0;
        });

        Applications applications = nodeB.getBean(Applications.class);
        paths.forEach((id, path) -> {
            var application = applications.findById(id).orElseThrow();
            assertThat(application.status() + "/" + application.statusReason()).as(path + " " + id)
                    .isEqualTo(expectedEnd(path));
        });
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where end_time_ is null", Integer.class))
                .as("running process instances").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst", Integer.class))
                .as("one process instance per case").isEqualTo(paths.size());
        assertThat(jdbc.queryForList("select business_key_ from act_hi_procinst group by business_key_ "
                + "having count(*) > 1", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ is not null",
                Integer.class)).as("jobs of cases left").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where retries_ = 0 or exception_msg_ is not null",
                Integer.class)).as("failed jobs").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
        assertThat(jdbc.queryForList("select distinct hostname_ from act_hi_job_log where job_state_ = 2", String.class))
                .as("both nodes executed jobs").containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_actinst where act_id_ = 'Task_EscalateAssignExecutor'",
                Integer.class)).as("overdue assignments escalated by the timer").isPositive();

        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where state <> 'SENT'", Integer.class) == 0);
        int sms = jdbc.queryForObject("select count(*) from notification where channel = 'SMS'", Integer.class);
        int emails = jdbc.queryForObject("select count(*) from notification where channel = 'EMAIL'", Integer.class);
        assertThat(sms).isGreaterThanOrEqualTo(paths.size());
        // delivered = answered 200; a request can land between resetAll() and the new stub and be answered 404
        assertThat(smsGateway.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals("/messages") && event.getResponse().getStatus() == 200))
                .as("SMS delivered").hasSize(sms);
        assertThat(smtp.getReceivedMessages()).as("e-mails received").hasSize(emails);
        assertThat(jdbc.queryForList("select application_id from notification group by application_id, case_status, channel "
                + "having count(*) > 1", String.class)).as("messages written twice").isEmpty();
    }

    private void workOpenTasks(Map<String, Path> paths) {
        List<Task> open = nodeA.getBean(TaskService.class).createTaskQuery().list();
        for (int i = 0; i < open.size(); i++) {
            Task task = open.get(i);
            Path path = paths.get(nodeA.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
            TaskService tasks = node(i).getBean(TaskService.class);
            try {
                tasks.complete(task.getId(), answer(task.getTaskDefinitionKey(), path, i));
            } catch (org.camunda.bpm.engine.OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException e) {
                // the case moved on meanwhile (the escalation timer touched it): the next round takes the task again
            }
        }
    }

    private static Map<String, Object> answer(String taskKey, Path path, int i) {
        return switch (taskKey) {
            case WaterMeterInstallationProcess.TASK_ASSIGN_EXECUTOR -> Map.of("executor", switch (path) {
                case NETWORK_WORK_DONE -> "orxan";
                case NO_METER_STOCK -> "sevda";
                default -> "rauf";
            });
            case WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME -> path == Path.UNSUITABLE_LINE
                    ? Map.of("visitOutcome", "UNSUITABLE_LINE", "visitNotes", "Xətt köhnədir")
                    : Map.of("visitOutcome", "INSTALLED", "meterSerial", "AZ-2026-%05d".formatted(i),
                            "initialReading", 0.0, "sealNumber", "PL-%05d".formatted(i));
            case WaterMeterInstallationProcess.TASK_DRAW_UP_ACT -> Map.of("actDate", LocalDate.now().toString(),
                    "actNotes", "Sayğac quraşdırıldı", "subscriberAcknowledged", true);
            case NetworkTechnicalServiceProcess.TASK_RECORD_WORK_OUTCOME -> Map.of("workOutcome", "DONE");
            case NetworkTechnicalServiceProcess.TASK_DRAW_UP_WORK_ACT -> Map.of("actDate", LocalDate.now().toString(),
                    "workPerformed", "Avtomat açar dəyişdirildi", "actNotes", "Abonentin iştirakı ilə",
                    "subscriberAcknowledged", true);
            default -> throw new IllegalStateException("No answer for task " + taskKey);
        };
    }

    private static String expectedEnd(Path path) {
        return switch (path) {
            case INSTALLED, NETWORK_WORK_DONE -> "COMPLETED/null";
            case UNSUITABLE_LINE -> "REJECTED/UNSUITABLE_WATER_LINE";
            case NO_METER_STOCK -> "REJECTED/NO_METER_STOCK";
            case WITHDRAWN -> "CANCELLED/WITHDRAWN";
            case NOT_CONFIRMED -> "CANCELLED/NOT_CONFIRMED";
        };
    }

    private static ConfigurableApplicationContext node(int i) {
        return i % 2 == 0 ? nodeA : nodeB;
    }
}
