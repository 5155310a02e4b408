package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Secrets come only from the environment: outside the demo profile no properties file gives a password, secret, key
 * or token a value of its own, neither literally nor as the default of a placeholder.
 */
class SecretsFromEnvironmentTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|secret|credential|token|private-key|api-key)$");
    /** Empty, or only {@code ${ENV_VAR}} / {@code ${ENV_VAR:}}: nothing but the environment. */
    static final Pattern FROM_ENVIRONMENT = Pattern.compile("|\\$\\{[A-Z][A-Z0-9_]*:?}");

    @Test
    void noSecretHasAValueOutsideTheDemoProfile() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path file : nonDemoPropertiesFiles()) {
            Properties properties = read(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key).trim();
                if (SECRET_KEY.matcher(key).matches() && !FROM_ENVIRONMENT.matcher(value).matches()) {
                    literal.add(file.getFileName() + ": " + key + "=" + value);
                }
            }
        }

        assertThat(literal).as("secrets with a value of their own").isEmpty();
    }

    @Test
    void theProductionSecretsAreReadFromTheirEnvironmentVariables() throws IOException {
        Properties base = read(RESOURCES.resolve("application.properties"));
        Properties postgres = read(RESOURCES.resolve("application-postgres.properties"));

        assertThat(base.getProperty("muraciet.identity.code-secret")).isEqualTo("${MURACIET_CODE_SECRET:}");
        assertThat(base.getProperty("muraciet.admin.user")).isEqualTo("${MURACIET_ADMIN_USER:}");
        assertThat(base.getProperty("muraciet.admin.password")).isEqualTo("${MURACIET_ADMIN_PASSWORD:}");
        assertThat(base.getProperty("muraciet.sms-gateway.password")).isEqualTo("${MURACIET_SMS_GATEWAY_PASSWORD:}");
        assertThat(base.getProperty("spring.mail.password")).isEqualTo("${MURACIET_MAIL_PASSWORD:}");
        assertThat(postgres.getProperty("spring.datasource.password")).isEqualTo("${MURACIET_DB_PASSWORD:}");
    }

    @Test
    void theGuardSeesALiteralSecret() {
        assertThat(FROM_ENVIRONMENT.matcher("${MURACIET_DB_PASSWORD:postgres}").matches()).isFalse();
        assertThat(FROM_ENVIRONMENT.matcher("hunter2").matches()).isFalse();
        assertThat(SECRET_KEY.matcher("spring.security.oauth2.client.registration.asan.client-secret").matches()).isTrue();
        assertThat(SECRET_KEY.matcher("muraciet.identity.code-secret").matches()).isTrue();
    }

    private static List<Path> nonDemoPropertiesFiles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().matches("application(-.+)?\\.properties"))
                    .filter(f -> !f.getFileName().toString().equals("application-demo.properties")).sorted().toList();
            assertThat(found).extracting(f -> f.getFileName().toString()).contains("application.properties",
                    "application-postgres.properties");
            return found;
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
