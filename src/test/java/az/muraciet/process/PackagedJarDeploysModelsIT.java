package az.muraciet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** The jar a utility would run carries the analysts' models and deploys them at start-up. */
class PackagedJarDeploysModelsIT {

    static final Path JAR = Path.of(System.getProperty("packagedJar", "target/muraciet-0.1.0-SNAPSHOT.jar"));

    @Test
    void theJarHoldsTheModelsAndTheForms() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("BOOT-INF/classes/processes/WaterMeterInstallation.bpmn")).isNotNull();
            assertThat(jar.getEntry("BOOT-INF/classes/processes/DepartmentRouting.dmn")).isNotNull();
            assertThat(jar.getEntry("BOOT-INF/classes/forms/assign-executor.form")).isNotNull();
        }
    }

    @Test
    void theJarDeploysTheModelsWhenItStarts() throws Exception {
        Path workDir = Files.createTempDirectory("muraciet-jar");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString(), "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:packaged;DB_CLOSE_DELAY=-1", "--camunda.bpm.job-execution.enabled=false")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        List<String> log = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String line;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                log.add(line);
                if (line.contains("Deployed ") || line.contains("APPLICATION FAILED TO START")) {
                    break;
                }
            }
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(log).anyMatch(l -> l.contains("Started MuraciatApplication"));
        assertThat(log).anyMatch(l -> l.contains("Deployed") && l.contains("processes/WaterMeterInstallation.bpmn")
                && l.contains("forms/assign-executor.form") && l.contains("processes/DepartmentRouting.dmn"));
    }
}
