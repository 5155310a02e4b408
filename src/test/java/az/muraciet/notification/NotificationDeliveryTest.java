package az.muraciet.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.junit5.GreenMailExtension;

import az.muraciet.TestSmtp;
import az.muraciet.casefile.ApplicationStatusChanged;
import az.muraciet.inventory.MeterStock;
import az.muraciet.intake.CitizenActions;
import az.muraciet.intake.TestApplications;
import az.muraciet.process.CaseScenarios;
import az.muraciet.process.NetworkTechnicalServiceProcess;
import az.muraciet.process.WaterMeterInstallationProcess;
import az.muraciet.process.WaterSupplySuspensionProcess;
import az.muraciet.security.DemoCitizens;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * SMS and e-mail to the citizen at every status step, over a real SMTP server (GreenMail) and a real HTTP SMS
 * gateway (WireMock), with the gateways failing in the ways gateways fail.
 */
@SpringBootTest(properties = {
        "muraciet.notifications.poll-interval=PT0.2S",
        "muraciet.notifications.first-retry-delay=PT0.3S",
        "muraciet.notifications.max-retry-delay=PT0.6S",
        "muraciet.notifications.max-attempts=4",
        "muraciet.sms-gateway.type=http",
        "muraciet.sms-gateway.username=muraciet",
        "muraciet.sms-gateway.password=secret",
        "muraciet.sms-gateway.sender=MURACIET",
        "muraciet.sms-gateway.senders.AZERSU=AZERSU",
        "muraciet.sms-gateway.read-timeout=PT2S",
        "spring.mail.host=127.0.0.1" })
class NotificationDeliveryTest {

    static final String CITIZEN = DemoCitizens.RASHAD;
    static final String SUBSCRIBER = "10000001";
    static final String EMAIL = "resad.aliyev@example.az";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    static WireMockServer smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        if (!smsGateway.isRunning()) {
            smsGateway.start();
        }
        registry.add("muraciet.sms-gateway.url", smsGateway::baseUrl);
        registry.add("spring.mail.port", TestSmtp.SETUP::getPort);
    }

    @AfterAll
    static void stopGateway() {
        smsGateway.stop();
    }

    @Autowired CaseScenarios cases;
    @Autowired CitizenActions citizenActions;
    @Autowired MeterStock stock;
    @Autowired Notifications notifications;
    @Autowired NotificationDispatcher dispatcher;
    @Autowired NotificationOutbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void gatewaysUp() {
        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(okWithId()));
        stock.setAvailable("azersu-yasamal", 5);
    }

    @Test
    void theCitizenGetsAnSmsAndAnEmailAtEveryStatusStepAndTheActWithTheLastButOne() throws Exception {
        String id = installedCase();

        List<String> notified = List.of("REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "ACT_DRAWN_UP", "COMPLETED");
        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2 * notified.size());

        assertDeliveredExactly(id, notified.toArray(String[]::new));
        List<MimeMessage> mails = mailsFor(id);
        assertThat(mails).allSatisfy(mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(EMAIL));
        String number = jdbc.queryForObject("select number from application where id = ?", String.class, id);
        MimeMessage registered = mailWithStatus(id, "REGISTERED");
        assertThat(registered.getSubject()).contains(number);
        assertThat(text(registered)).contains(number);
        MimeMessage act = mailWithStatus(id, "ACT_DRAWN_UP");
        assertThat(attachments(act)).singleElement().satisfies(pdf -> {
            assertThat(pdf.getFileName()).isEqualTo(EmailSender.ACT_FILE_NAME);
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            assertThat(pdf.getInputStream().readNBytes(4)).isEqualTo("%PDF".getBytes());
        });
        assertThat(mails).filteredOn(m -> m != act).allSatisfy(m -> assertThat(attachments(m)).isEmpty());

        List<LoggedRequest> sms = smsFor(id);
        assertThat(sms).hasSize(smsAttempts(id));
        assertThat(sms).allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).startsWith("Basic ");
            assertThat(request.getBodyAsString()).contains("\"to\":\"994501234567\"", "\"from\":\"AZERSU\"");
        });
        assertThat(sms.stream().map(r -> r.getBodyAsString()).filter(b -> b.contains(number))).isNotEmpty();
        assertThat(notifications.findByApplicationIdOrderById(id)).extracting(Notification::caseStatus)
                .containsOnly(notified.toArray(String[]::new));
        assertThat(notifications.findByApplicationIdOrderById(id)).allSatisfy(n -> {
            assertThat(n.state()).isEqualTo(Notification.State.SENT);
            assertThat(n.providerMessageId()).isNotBlank();
        });
    }

    @Test
    void aRejectionTellsTheReason() throws Exception {
        String id = cases.submit(CITIZEN, SUBSCRIBER);
        cases.confirm(CITIZEN, id);
        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");
        cases.complete(id, WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME, Map.of("visitOutcome", "UNSUITABLE_LINE"));

        assertDeliveredExactly(id, "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "REJECTED");
        assertThat(text(mailWithStatus(id, "REJECTED"))).contains("su xətti");
        assertThat(smsFor(id)).anySatisfy(r -> assertThat(r.getBodyAsString()).containsIgnoringCase("xətti"));
    }

    @Test
    void anAzerishiqCaseIsToldUnderAzerishiqsSenderAndNameWithItsWorkAct() throws Exception {
        String id = cases.submit(CITIZEN, TestApplications.networkService("20000001"));
        String number = cases.confirm(CITIZEN, id);
        cases.runDueJobs();
        cases.assignExecutor(id, "orxan");
        cases.complete(id, NetworkTechnicalServiceProcess.TASK_RECORD_WORK_OUTCOME,
                Map.of(NetworkTechnicalServiceProcess.WORK_OUTCOME, "DONE"));
        cases.complete(id, NetworkTechnicalServiceProcess.TASK_DRAW_UP_WORK_ACT, Map.of("actDate",
                java.time.LocalDate.now().toString(), NetworkTechnicalServiceProcess.WORK_PERFORMED,
                "Kabel ucluğu dəyişdirildi", "subscriberAcknowledged", true));

        List<String> notified = List.of("REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "ACT_DRAWN_UP", "COMPLETED");
        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2 * notified.size());

        assertThat(number).matches("AE-\\d{4}-\\d{6}");
        assertDeliveredExactly(id, notified.toArray(String[]::new));
        assertThat(smsFor(id)).isNotEmpty().allSatisfy(request ->
                assertThat(request.getBodyAsString()).contains("\"from\":\"AZERISIQ\""));
        assertThat(text(mailWithStatus(id, "REGISTERED"))).contains(number, "Azərişıq ASC",
                "İstehlakçının balansında olan elektrik şəbəkələrinə");
        assertThat(attachments(mailWithStatus(id, "ACT_DRAWN_UP"))).singleElement().satisfies(pdf ->
                assertThat(pdf.getInputStream().readNBytes(4)).isEqualTo("%PDF".getBytes()));
    }

    @Test
    void aSuspendedSupplyIsToldWithItsSealAndTheRestorationWithItsDate() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Baku"));
        String id = cases.submit(DemoCitizens.TURAL, TestApplications.waterSupplySuspension("10000004", today, null));
        String number = cases.confirm(DemoCitizens.TURAL, id);
        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");
        cases.complete(id, WaterSupplySuspensionProcess.TASK_SEAL_SUPPLY, Map.of("sealOutcome", "SEALED",
                "sealNumber", "PL-4321", "sealedOn", today.toString(), "sealPlace", "Həyətdəki quyu"));
        citizenActions.take(DemoCitizens.TURAL, number, WaterSupplySuspensionProcess.MESSAGE_RESTORATION_REQUESTED);
        cases.complete(id, WaterSupplySuspensionProcess.TASK_UNSEAL_SUPPLY, Map.of("sealCondition", "INTACT",
                "unsealedOn", today.toString()));

        assertDeliveredExactly(id, "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "SUSPENDED", "RESTORATION_REQUESTED",
                "RESTORED", "COMPLETED");
        assertThat(smsFor(id)).isNotEmpty().allSatisfy(request ->
                assertThat(request.getBodyAsString()).contains("\"to\":\"994703456789\"", "\"from\":\"AZERSU\""));
        assertThat(smsFor(id)).anySatisfy(request -> assertThat(request.getBodyAsString())
                .contains(number + ": su təchizatı dayandırıldı (" + today + ", PL-4321). Bərpası üçün portala daxil olun."));
        assertThat(smsFor(id)).anySatisfy(request -> assertThat(request.getBodyAsString())
                .contains(number + ": su təchizatı bərpa edildi (" + today + ")."));
        MimeMessage suspended = mailWithStatus(id, "SUSPENDED");
        assertThat(suspended.getSubject()).isEqualTo("Su təchizatı müvəqqəti dayandırıldı (" + number
                + ") / Water supply temporarily suspended (" + number + ")");
        assertThat(text(suspended)).contains("Plomblanma: " + today + ", PL-4321", "Sealed: " + today + ", PL-4321",
                "«Su təchizatının bərpasını istəyirəm»");
        assertThat(text(mailWithStatus(id, "RESTORED"))).contains("Bərpa tarixi: " + today, "Restored on: " + today);
    }

    @Test
    void theAnswerToAnAppealReachesTheCitizenWholeByEmailAndTheSmsSaysWhereToReadIt() throws Exception {
        String answer = "Hörmətli Rəşad bəy,\nhesabınız yoxlanıldı: sərfiyyat 3 m³ < norma idi, artıq ödənilmiş 4.20 AZN "
                + "növbəti aya keçirildi.\nƏlavə sualınız olarsa, 955 Zəng Mərkəzinə zəng edin.";
        String id = cases.submit(CITIZEN, TestApplications.appeal(SUBSCRIBER, "BILLING", null));
        String number = cases.confirm(CITIZEN, id);
        cases.runDueJobs();
        cases.draftAnswer(id, answer);
        cases.approveAnswer(id);

        assertDeliveredExactly(id, "REGISTERED", "FORWARDED", "ANSWERED");
        MimeMessage answered = mailWithStatus(id, "ANSWERED");
        assertThat(answered.getSubject()).contains("cavab verildi", "answered", number);
        assertThat(text(answered).replace("\r\n", "\n")).as("the answer whole, line breaks kept")
                .contains(answer, "Elektron müraciət", number);
        String html = html(answered);
        assertThat(html).as("escaped").contains("&lt; norma").doesNotContain("< norma");
        assertThat(org.jsoup.Jsoup.parse(html).select("div[lang=az] blockquote").text())
                .isEqualTo(answer.replace('\n', ' '));
        String sms = smsFor(id).stream().map(LoggedRequest::getBodyAsString).filter(b -> b.contains(":ANSWERED:SMS"))
                .findFirst().orElseThrow();
        assertThat(sms).contains(number, "cavab verildi", "e-poçtunuzda", "Müraciətlər").doesNotContain("norma");
    }

    @Test
    void anAccidentReportIsToldRegisteredAndDispatchedAtOnceThenTheOutcome() throws Exception {
        String id = cases.submit(CITIZEN, TestApplications.emergency("Yasamal"));
        cases.runDueJobs();
        cases.recordAccidentOutcome(id, "NOT_AZERSU_NETWORK", "Binanın daxili şəbəkəsidir");

        assertDeliveredExactly(id, "REGISTERED", "DISPATCHED", "REJECTED");
        String number = jdbc.queryForObject("select number from application where id = ?", String.class, id);
        assertThat(number).startsWith("AQ-");
        MimeMessage dispatched = mailWithStatus(id, "DISPATCHED");
        assertThat(dispatched.getSubject()).contains(number, "briqadaya", "emergency crew");
        assertThat(text(dispatched)).contains("Qəza xidməti", "qəza briqadasına göndərildi", "955");
        assertThat(smsFor(id).stream().map(LoggedRequest::getBodyAsString).filter(b -> b.contains(":REJECTED:SMS")))
                .singleElement().asString().contains("Azərsu-nun şəbəkəsinə aid deyil");
    }

    @Test
    void anExistingMeterRegisteredTellsEveryStepButNoAct() {
        String id = registeredCase();
        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");
        cases.complete(id, WaterMeterInstallationProcess.TASK_RECORD_VISIT_OUTCOME, Map.of("visitOutcome", "EXISTING_METER",
                "meterSerial", "AZ-2015-4411", "initialReading", 312.5, "sealNumber", "PL-0042"));

        assertDeliveredExactly(id, "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "COMPLETED");
    }

    @Test
    void noMeterInStockTellsTheRejection() {
        stock.setAvailable("azersu-yasamal", 0);
        String id = registeredCase();
        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");

        assertDeliveredExactly(id, "REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "REJECTED");
    }

    @Test
    void aCaseNeverConfirmedOrWithdrawnSendsNothing() {
        String withdrawn = cases.submit(CITIZEN, SUBSCRIBER);
        cases.cancel(CITIZEN, withdrawn);
        String unconfirmed = cases.submit(CITIZEN, SUBSCRIBER);

        assertThat(notifications.findByApplicationIdOrderById(withdrawn)).isEmpty();
        assertThat(notifications.findByApplicationIdOrderById(unconfirmed)).isEmpty();
    }

    @Test
    void smtpDownThenBackDeliversEveryMessageOnceAndTheCaseGoesOnMeanwhile() throws Exception {
        smtp.stop();
        String id = cases.submit(CITIZEN, SUBSCRIBER);
        cases.confirm(CITIZEN, id);
        cases.runDueJobs();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id)).isEqualTo("FORWARDED");
        await().atMost(Duration.ofSeconds(10)).until(() -> emailAttempts(id) >= 2);

        smtp.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 4);
        assertThat(mailsFor(id)).hasSize(2);
        assertThat(smsFor(id)).hasSize(smsAttempts(id));
    }

    @Test
    void smsGatewayAnswering500IsRetriedUntilItWorks() {
        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("still down"));
        smsGateway.stubFor(post(urlEqualTo("/messages")).inScenario("outage").whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        smsGateway.stubFor(post(urlEqualTo("/messages")).inScenario("outage").whenScenarioStateIs("up")
                .willReturn(okWithId()));

        String id = registeredCase();

        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2);
        assertOneDeliveredSmsPerStatus(id, "REGISTERED");
    }

    @Test
    void smsGatewayTimingOutIsRetriedWithTheSameReferenceSoTheOperatorCanDropTheCopy() {
        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okWithId().withFixedDelay(4000)).willSetStateTo("fast"));
        smsGateway.stubFor(post(urlEqualTo("/messages")).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okWithId()));

        String id = registeredCase();

        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2);
        Notification sms = notifications.findByApplicationIdOrderById(id).stream()
                .filter(n -> n.channel() == Channel.SMS).findFirst().orElseThrow();
        assertThat(sms.attempts()).isEqualTo(2);
        assertOneDeliveredSmsPerStatus(id, "REGISTERED");
    }

    @Test
    void aSlowButAnsweringGatewayIsNotRetried() {
        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(okWithId().withFixedDelay(600)));

        String id = registeredCase();

        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2);
        assertThat(smsFor(id)).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMessageWaitsForAnOperatorWhoRetriesItByHand() {
        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(500)));
        String id = registeredCase();
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.findByApplicationIdOrderById(id).stream()
                .anyMatch(n -> n.state() == Notification.State.FAILED));
        Notification failed = notifications.findByStateOrderById(Notification.State.FAILED).stream()
                .filter(n -> n.applicationId().equals(id)).findFirst().orElseThrow();
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).contains("500");

        smsGateway.resetAll();
        smsGateway.stubFor(post(urlEqualTo("/messages")).willReturn(okWithId()));
        assertThat(dispatcher.retry(failed.id())).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.findById(failed.id()).orElseThrow().state()
                == Notification.State.SENT);
        assertThat(smsFor(id)).hasSize(1);
    }

    @Test
    void theSameStatusStepTwiceLeavesOneMessagePerChannel() {
        String id = registeredCase();
        ApplicationStatusChanged again = new ApplicationStatusChanged(id, null, "WATER_METER_INSTALLATION", "REGISTERED",
                null, "system", null, java.time.Instant.now());

        new TransactionTemplate(transactions).executeWithoutResult(tx -> outbox.statusChanged(again));

        assertThat(notifications.findByApplicationIdOrderById(id)).extracting(Notification::channel)
                .containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    }

    @Test
    void theDatabaseRefusesASecondMessageForTheSameCaseStatusAndChannel() {
        String id = registeredCase();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
                insert into notification (idempotency_key, application_id, citizen_fin, case_status, channel, recipient,
                  body_text, attach_act, state, attempts, next_attempt_at, created_at)
                values (?, ?, ?, 'REGISTERED', 'SMS', '+994501234567', 'x', false, 'PENDING', 0, current_timestamp,
                  current_timestamp)""", id + ":REGISTERED:SMS", id, CITIZEN))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMessageOnce() throws Exception {
        jdbc.update("update notification set next_attempt_at = ? where state = 'PENDING'",
                java.time.OffsetDateTime.now().plusHours(1));
        String id = registeredCase();
        jdbc.update("update notification set next_attempt_at = ? where application_id = ?",
                java.time.OffsetDateTime.now().minusSeconds(1), id);

        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            nodes.invokeAll(java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> (Callable<Integer>) dispatcher::dispatchBatch).toList());
        } finally {
            nodes.shutdown();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2);
        assertThat(smsFor(id)).as("every request to the gateway is one accounted attempt").hasSize(smsAttempts(id));
        assertThat(mailsFor(id)).hasSize(1);
    }

    private String registeredCase() {
        String id = cases.submit(CITIZEN, SUBSCRIBER);
        cases.confirm(CITIZEN, id);
        return id;
    }

    private String installedCase() {
        String id = registeredCase();
        cases.runDueJobs();
        cases.assignExecutor(id, "rauf");
        cases.recordInstalled(id);
        cases.drawUpAct(id);
        return id;
    }

    private void assertDeliveredExactly(String id, String... statuses) {
        await().atMost(Duration.ofSeconds(20)).until(() -> sent(id).size() == 2 * statuses.length);
        assertThat(mailsFor(id)).extracting(NotificationDeliveryTest::header)
                .containsExactlyInAnyOrder(Arrays.stream(statuses).map(s -> id + ":" + s + ":EMAIL").toArray(String[]::new));
        // distinct: under load a gateway answer can come after our time-out, and the retry carries the same reference
        assertThat(smsFor(id).stream().map(NotificationDeliveryTest::reference).distinct())
                .containsExactlyInAnyOrder(Arrays.stream(statuses).map(s -> id + ":" + s + ":SMS").toArray(String[]::new));
        assertThat(notifications.findByApplicationIdOrderById(id)).hasSize(2 * statuses.length);
    }

    private void assertOneDeliveredSmsPerStatus(String id, String status) {
        List<LoggedRequest> requests = smsFor(id);
        Set<String> references = requests.stream().map(r -> reference(r)).collect(Collectors.toSet());
        assertThat(references).containsExactly(id + ":" + status + ":SMS");
    }

    private List<Notification> sent(String id) {
        return notifications.findByApplicationIdOrderById(id).stream().filter(n -> n.state() == Notification.State.SENT)
                .toList();
    }

    private int smsAttempts(String id) {
        return notifications.findByApplicationIdOrderById(id).stream().filter(n -> n.channel() == Channel.SMS)
                .mapToInt(Notification::attempts).sum();
    }

    private int emailAttempts(String id) {
        return notifications.findByApplicationIdOrderById(id).stream().filter(n -> n.channel() == Channel.EMAIL)
                .mapToInt(Notification::attempts).max().orElse(0);
    }

    private List<LoggedRequest> smsFor(String id) {
        return smsGateway.findAll(postRequestedFor(urlEqualTo("/messages"))
                .withRequestBody(matchingJsonPath("$.clientReference", com.github.tomakehurst.wiremock.client.WireMock.containing(id))));
    }

    private static String reference(LoggedRequest request) {
        String body = request.getBodyAsString();
        int at = body.indexOf("\"clientReference\":\"") + 19;
        return body.substring(at, body.indexOf('"', at));
    }

    private List<MimeMessage> mailsFor(String id) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> header(m).startsWith(id + ":")).toList();
    }

    private MimeMessage mailWithStatus(String id, String status) {
        return mailsFor(id).stream().filter(m -> header(m).equals(id + ":" + status + ":EMAIL")).findFirst().orElseThrow();
    }

    private static String header(MimeMessage message) {
        try {
            String[] values = message.getHeader(EmailSender.REFERENCE_HEADER);
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text/plain parts. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
        }
        return text.toString();
    }

    /** The decoded text/html parts. */
    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        StringBuilder html = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                html.append(html(multipart.getBodyPart(i)));
            }
        }
        return html.toString();
    }

    private static List<Part> attachments(MimeMessage message) throws Exception {
        List<Part> found = new java.util.ArrayList<>();
        collect(message, found);
        return found;
    }

    private static void collect(Part part, List<Part> found) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okWithId() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"{{randomValue length=12 type='ALPHANUMERIC'}}\"}").withTransformers("response-template");
    }
}
