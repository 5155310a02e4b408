package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up check, on template folders made here. */
class NotificationTemplatesCheckTest {

    static final Map<String, String> LONG_VALUES = MessageTemplatesTest.values();

    @TempDir Path folder;

    @BeforeEach
    void aCompleteSetForRegistered() throws IOException {
        write("sms/REGISTERED.az.txt", "Müraciətiniz qeydiyyata alındı. Müraciət nömrəniz: ${applicationNumber}.");
        write("email/REGISTERED.az.txt", "Subject: Qeydiyyata alındı\n\nHörmətli ${citizenName}, nömrəniz: ${applicationNumber}");
        write("email/REGISTERED.en.txt", "Subject: Registered\n\nDear ${citizenName}, your number: ${applicationNumber}");
        write("email/REGISTERED.az.html", "<p>Hörmətli ${citizenName}, nömrəniz: ${applicationNumber}</p>");
        write("email/REGISTERED.en.html", "<p>Dear ${citizenName}, your number: ${applicationNumber}</p>");
    }

    @Test
    void aCompleteSetPasses() {
        assertThatCode(() -> verify(Set.of("REGISTERED"))).doesNotThrowAnyException();
    }

    @Test
    void anUnknownPlaceholderFailsNamingTheFileAndThePlaceholder() throws IOException {
        write("email/REGISTERED.en.html", "<p>Dear ${citizenName}, your number: ${applicationNo}</p>");

        assertThatThrownBy(() -> verify(Set.of("REGISTERED"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(folder.toUri() + "email/REGISTERED.en.html")
                .hasMessageContaining("${applicationNo}");
    }

    @Test
    void anUnclosedPlaceholderFailsNamingTheFile() throws IOException {
        write("sms/REGISTERED.az.txt", "Müraciət nömrəniz: ${applicationNumber");

        assertThatThrownBy(() -> verify(Set.of("REGISTERED"))).hasMessageContaining("sms/REGISTERED.az.txt")
                .hasMessageContaining("not closed");
    }

    @Test
    void aMissingTemplateOfANotifyingStatusFailsNamingTheFile() throws IOException {
        Files.delete(folder.resolve("email/REGISTERED.en.txt"));

        assertThatThrownBy(() -> verify(Set.of("REGISTERED"))).hasMessageContaining("email/REGISTERED.en.txt")
                .hasMessageContaining("missing");
    }

    @Test
    void everyNotifyingStatusNeedsItsTemplates() {
        assertThatThrownBy(() -> verify(Set.of("REGISTERED", "FORWARDED"))).hasMessageContaining("sms/FORWARDED.az.txt")
                .hasMessageContaining("email/FORWARDED.az.txt").hasMessageContaining("email/FORWARDED.en.txt")
                .hasMessageContaining("email/FORWARDED.az.html").hasMessageContaining("email/FORWARDED.en.html")
                .hasMessageNotContaining("REGISTERED");
    }

    @Test
    void anEmailTextWithoutSubjectLineFails() throws IOException {
        write("email/REGISTERED.az.txt", "Hörmətli ${citizenName}, nömrəniz: ${applicationNumber}");

        assertThatThrownBy(() -> verify(Set.of("REGISTERED"))).hasMessageContaining("email/REGISTERED.az.txt")
                .hasMessageContaining("Subject:");
    }

    @Test
    void anSmsOverTheBudgetFailsEvenIfOnlyWithoutTransliteration() throws IOException {
        write("sms/REGISTERED.az.txt", "Müraciətiniz qeydiyyata alındı. ".repeat(4) + "${applicationNumber}");

        assertThatThrownBy(() -> verify(Set.of("REGISTERED"))).hasMessageContaining("sms/REGISTERED.az.txt")
                .hasMessageContaining("costs 3 SMS segments").hasMessageContaining("UCS_2");
    }

    private void verify(Set<String> notified) {
        MessageTemplates templates = new MessageTemplates(new TemplateFiles(folder.toUri().toString()), new SmsProperties(2, false));
        NotificationTemplatesCheck.verify(templates, notified, LONG_VALUES);
    }

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
