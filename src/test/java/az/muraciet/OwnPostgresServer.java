package az.muraciet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, to stop and start at will: the shared server at 127.0.0.1:5432 is never touched.
 * Initialised in a temporary directory with trust authentication, listening on 127.0.0.1 on a port free at creation;
 * stopped and started again on the same data directory and port. Runs the machine's PostgreSQL binaries
 * ({@code -Dpostgres.bin}, default {@code /usr/lib/postgresql/15/bin}), as the user {@code postgres} when the test runs
 * as root (PostgreSQL refuses to run as root).
 */
public final class OwnPostgresServer implements AutoCloseable {

    private static final Path BIN = Path.of(System.getProperty("postgres.bin", "/usr/lib/postgresql/15/bin"));
    private static final String OS_USER = "postgres";

    public final int port;
    private final Path directory;
    private final Path data;
    private final Path log;
    private final Thread stopAtExit;
    private boolean running;

    private OwnPostgresServer(Path directory, int port) {
        this.directory = directory;
        this.data = directory.resolve("data");
        this.log = directory.resolve("server.log");
        this.port = port;
        this.stopAtExit = new Thread(this::stopQuietly, "own-postgres-" + port);
    }

    /** A new server, initialised and started. */
    public static OwnPostgresServer start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BIN.resolve("pg_ctl"))) {
            throw new IllegalStateException("PostgreSQL binaries not found in " + BIN + " (set -Dpostgres.bin)");
        }
        Path directory = Files.createTempDirectory("muraciet-pg-");
        if (runsAsRoot()) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
            Files.setOwner(directory, postgres);
        }
        OwnPostgresServer server = new OwnPostgresServer(directory, freePort());
        Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        server.run("initdb", "-D", server.data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale");
        server.startAgain();
        return server;
    }

    /** Starts the stopped server on its data directory and port, and waits until it accepts connections. */
    public void startAgain() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory, "start");
        running = true;
    }

    /**
     * A crash as the clients see it: every backend is ended at once, connections break mid-transaction, nothing is
     * shut down in order ({@code pg_ctl stop -m immediate}; the next start recovers from the write-ahead log).
     */
    public void crash() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        running = false;
    }

    /** An orderly stop as an administrator's restart does it: transactions rolled back, sessions ended. */
    public void stop() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        running = false;
    }

    public void createDatabase(String name) throws SQLException {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The application's data source settings for a database of this server, as command-line arguments. */
    public String[] datasourceArguments(String database) {
        return new String[] { "--spring.datasource.url=" + jdbcUrl(database), "--spring.datasource.username=postgres",
                "--spring.datasource.password=" };
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    /** The server's own log, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
    }

    /** Stops the server if it runs and removes its directory. */
    @Override
    public void close() throws IOException {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void stopQuietly() {
        if (running) {
            try {
                crash();
            } catch (IOException | InterruptedException | IllegalStateException e) {
                // left for the operating system; its directory says which
            }
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        command.add(BIN.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("muraciet-pg-command", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish: " + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + Files.readString(output) + "\n" + logTail());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
