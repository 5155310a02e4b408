package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void anSmsCarriesAShortStatusNoteWholeAndCutsALongOneWhileTheEmailKeepsItAll() throws IOException {
        write("sms/ANSWERED.az.txt", "${applicationNumber}: ${statusNote}");
        write("email/ANSWERED.az.txt", "Subject: Cavab\n${statusNote}");
        write("email/ANSWERED.en.txt", "Subject: Answer\n${statusNote}");
        write("email/ANSWERED.az.html", "<p>${statusNote}</p>");
        write("email/ANSWERED.en.html", "<p>${statusNote}</p>");
        MessageTemplates templates = new MessageTemplates(new TemplateFiles(folder.toUri().toString()), new SmsProperties(2, false));
        Map<String, String> values = new java.util.HashMap<>(LONG_VALUES);
        String answer = "Hörmətli abonent, sayğacınız 12.12.2026 tarixində yoxlanılacaq. Əlavə sualınız olarsa, 195-ə zəng edin.";

        values.put(Placeholders.STATUS_NOTE, "1234.5 m³");
        assertThat(templates.render("ANSWERED", Channel.SMS, values).text()).isEqualTo("AS-2026-000123: 1234.5 m³");

        values.put(Placeholders.STATUS_NOTE, answer);
        String sms = templates.render("ANSWERED", Channel.SMS, values).text();
        assertThat(sms).startsWith("AS-2026-000123: Hörmətli abonent, sayğacınız").endsWith("...")
                .hasSizeLessThanOrEqualTo("AS-2026-000123: ".length() + Placeholders.SMS_NOTE_LENGTH);
        RenderedMessage email = templates.render("ANSWERED", Channel.EMAIL, values);
        assertThat(email.text()).contains(answer);
        NotificationTemplatesCheck.verify(templates, Set.of("ANSWERED"), LONG_VALUES);
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
