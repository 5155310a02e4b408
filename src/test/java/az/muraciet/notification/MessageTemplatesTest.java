package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The real templates of {@code src/main/resources/notifications/}. */
class MessageTemplatesTest {

    static final String SCRIPT_NAME = "<script>alert(1)</script> & \"Ə\"";

    final MessageTemplates templates = new MessageTemplates(new TemplateFiles(TemplateFiles.CLASSPATH), new SmsProperties(2, false));

    @Test
    void registeredTellsTheApplicationNumberBySmsAndEmail() {
        RenderedMessage sms = templates.render("REGISTERED", Channel.SMS, values());
        RenderedMessage email = templates.render("REGISTERED", Channel.EMAIL, values());

        assertThat(sms.text()).contains("AS-2026-000123").contains("qeydiyyata alındı");
        assertThat(sms.subject()).isNull();
        assertThat(sms.html()).isNull();
        assertThat(email.subject()).contains("AS-2026-000123");
        assertThat(email.text()).contains("Müraciət nömrəniz: AS-2026-000123");
        assertThat(email.html()).contains("AS-2026-000123");
    }

    @Test
    void rejectedTellsTheReasonBySmsAndEmailInBothLanguages() {
        RenderedMessage sms = templates.render("REJECTED", Channel.SMS, values());
        RenderedMessage email = templates.render("REJECTED", Channel.EMAIL, values());

        assertThat(sms.text()).contains("AS-2026-000123").contains("Anbarda sayğac ehtiyatı yoxdur");
        assertThat(email.text()).contains("Anbarda sayğac ehtiyatı yoxdur").contains("No meter in stock");
        assertThat(email.html()).contains("Anbarda sayğac ehtiyatı yoxdur").contains("No meter in stock");
    }

    @Test
    void valuesAreEscapedInTheHtmlPartAndVerbatimInTheTextPart() {
        Map<String, String> values = values();
        values.put(Placeholders.CITIZEN_NAME, SCRIPT_NAME);

        RenderedMessage email = templates.render("REGISTERED", Channel.EMAIL, values);

        assertThat(email.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ə&quot;");
        assertThat(email.text()).contains(SCRIPT_NAME);
    }

    @Test
    void theTemplatesOwnHtmlIsNotEscaped() {
        RenderedMessage email = templates.render("REGISTERED", Channel.EMAIL, values());

        assertThat(email.html()).startsWith("<!DOCTYPE html>").contains("<strong>AS-2026-000123</strong>");
    }

    @Test
    void azerbaijaniComesBeforeEnglishInTheSubjectAndBothParts() {
        RenderedMessage email = templates.render("COMPLETED", Channel.EMAIL, values());

        assertThat(email.subject()).containsSubsequence("Müraciətiniz icra edildi", " / ", "Your application has been completed");
        assertThat(email.text()).containsSubsequence("Hörmətli Əliyeva Səbinə", "----", "Dear Əliyeva Səbinə");
        assertThat(email.html()).containsSubsequence("<div lang=\"az\">", "Hörmətli Əliyeva Səbinə", "<hr>",
                "<div lang=\"en\">", "Dear Əliyeva Səbinə");
        assertThat(email.text()).doesNotContain("Subject:");
    }

    @Test
    void theSubjectIsOneLineWhateverTheValues() {
        Map<String, String> values = values();
        values.put(Placeholders.APPLICATION_NUMBER, "AS-2026-000123\r\nBcc: someone@example.com");

        assertThat(templates.render("FORWARDED", Channel.EMAIL, values).subject()).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void aValueIsNeverReadAsAPlaceholder() {
        Map<String, String> values = values();
        values.put(Placeholders.CITIZEN_NAME, "${applicationNumber} $${reason}");

        RenderedMessage email = templates.render("REGISTERED", Channel.EMAIL, values);

        assertThat(email.text()).contains("Hörmətli ${applicationNumber} $${reason},");
    }

    @Test
    void theSmsIsTransliteratedWhenConfigured() {
        MessageTemplates transliterating = new MessageTemplates(new TemplateFiles(TemplateFiles.CLASSPATH), new SmsProperties(2, true));

        String text = transliterating.render("REGISTERED", Channel.SMS, values()).text();

        assertThat(text).isEqualTo("Müracietiniz qeydiyyata alindi. Müraciet nömreniz: AS-2026-000123.");
        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(SmsSegments.Encoding.GSM_7, text.length(), 1));
        assertThat(SmsSegments.of(templates.render("REGISTERED", Channel.SMS, values()).text()).encoding())
                .isEqualTo(SmsSegments.Encoding.UCS_2);
    }

    @Test
    void aMissingValueFailsNamingTheFileAndThePlaceholder() {
        Map<String, String> values = values();
        values.remove(Placeholders.REASON);

        assertThatThrownBy(() -> templates.render("REJECTED", Channel.SMS, values))
                .hasMessageContaining("sms/REJECTED.az.txt").hasMessageContaining("${reason}");
    }

    @Test
    void aStatusWithoutTemplatesHasNoneAndCannotBeRendered() {
        assertThat(templates.hasTemplate("SUBMITTED", Channel.SMS)).isFalse();
        assertThat(templates.hasTemplate("CANCELLED", Channel.EMAIL)).isFalse();
        assertThat(templates.hasTemplate("REGISTERED", Channel.EMAIL)).isTrue();
        assertThatThrownBy(() -> templates.render("SUBMITTED", Channel.EMAIL, values())).hasMessageContaining("email/SUBMITTED.az.txt");
    }

    static Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.APPLICATION_NUMBER, "AS-2026-000123");
        values.put(Placeholders.SERVICE_NAME, "Su sayğaclarının quraşdırılması müraciəti");
        values.put(Placeholders.SERVICE_NAME_EN, "Water meter installation application");
        values.put(Placeholders.STATUS_LABEL, "İmtina edildi");
        values.put(Placeholders.STATUS_LABEL_EN, "Rejected");
        values.put(Placeholders.REASON, "Anbarda sayğac ehtiyatı yoxdur");
        values.put(Placeholders.REASON_EN, "No meter in stock");
        values.put(Placeholders.CITIZEN_NAME, "Əliyeva Səbinə");
        values.put(Placeholders.UTILITY_NAME, "Azərsu ASC");
        values.put(Placeholders.ACT_NUMBER, "");
        values.put(Placeholders.STATUS_NOTE, "");
        return values;
    }
}
