package az.muraciet.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application as a utility runs it: its own JVM ({@code java -jar}), its output in a log file, and
 * stoppable the hard way ({@code kill -9}).
 */
final class JarNode implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("packagedJar", "target/muraciet-0.1.0-SNAPSHOT.jar"));

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private JarNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the node and waits until it is ready for traffic (its start-up runners done). */
    static JarNode start(String name, List<String> arguments) throws IOException, InterruptedException {
        int port = freePort();
        Path workDir = Files.createTempDirectory("muraciet-" + name);
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port,
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        JarNode node = new JarNode(name, port, log, process);
        node.awaitUp(Duration.ofMinutes(4));
        return node;
    }

    /**
     * What the cluster tests start a node with: the demo on PostgreSQL, messages through the test's SMS gateway and
     * mail server, and the job lock and message lease short enough that a test need not wait minutes for them.
     */
    static List<String> testArguments(String[] database, Duration jobLock, String smsGatewayUrl, int smtpPort) {
        List<String> arguments = new ArrayList<>(List.of(database));
        arguments.addAll(List.of("--spring.profiles.active=postgres,demo",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + jobLock.toMillis(),
                "--muraciet.notifications.poll-interval=PT0.5S",
                "--muraciet.notifications.lease=PT10S",
                "--muraciet.sms-gateway.type=http",
                "--muraciet.sms-gateway.url=" + smsGatewayUrl,
                "--muraciet.sms-gateway.username=muraciet",
                "--muraciet.sms-gateway.password=secret",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort));
        return arguments;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no finished transaction, no released lock. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitUp(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " did not start within " + limit + "; see " + log + ":\n" + tail());
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
