package az.muraciet.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.commons.text.StringEscapeUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The texts the citizen gets when their case changes status, from {@code src/main/resources/notifications/}. An SMS is
 * Azerbaijani only, to stay short. An e-mail has a plain-text and an HTML part, each Azerbaijani first, then English;
 * values put into HTML are escaped, the templates are not.
 */
@Component
@EnableConfigurationProperties(SmsProperties.class)
public class MessageTemplates {

    static final String SUBJECT_LINE = "Subject:";
    private static final String SUBJECT_SEPARATOR = " / ";
    private static final String TEXT_SEPARATOR = "\n\n" + "-".repeat(40) + "\n\n";

    private final TemplateFiles files;
    private final SmsProperties sms;

    @Autowired
    MessageTemplates(SmsProperties sms) {
        this(new TemplateFiles(TemplateFiles.CLASSPATH), sms);
    }

    MessageTemplates(TemplateFiles files, SmsProperties sms) {
        this.files = files;
        this.sms = sms;
    }

    public boolean hasTemplate(String status, Channel channel) {
        return TemplateFiles.required(status, channel).stream().allMatch(path -> files.find(path).isPresent());
    }

    /**
     * values: applicationNumber, serviceName, serviceNameEn, statusLabel, statusLabelEn, reason, reasonEn, citizenName,
     * utilityName, actNumber — missing optional ones are given as "" by the caller
     */
    public RenderedMessage render(String status, Channel channel, Map<String, String> values) {
        return switch (channel) {
            case SMS -> new RenderedMessage(null, sms(status, values, sms.transliterate()), null);
            case EMAIL -> email(status, values);
        };
    }

    String sms(String status, Map<String, String> values, boolean transliterate) {
        String text = files.get(TemplateFiles.path(status, Channel.SMS, Language.AZ, "txt"))
                .fill(withShortNote(values), UnaryOperator.identity()).strip();
        return transliterate ? Gsm7Transliteration.apply(text) : text;
    }

    /** An SMS carries a short note (a reading, a code, a date) whole; a longer one is cut, the e-mail has it all. */
    private static Map<String, String> withShortNote(Map<String, String> values) {
        String note = values.get(Placeholders.STATUS_NOTE);
        if (note == null || note.length() <= Placeholders.SMS_NOTE_LENGTH) {
            return values;
        }
        Map<String, String> shortened = new HashMap<>(values);
        shortened.put(Placeholders.STATUS_NOTE, note.substring(0, Placeholders.SMS_NOTE_LENGTH - 3).strip() + "...");
        return shortened;
    }

    int smsSegmentBudget() {
        return sms.segmentBudget();
    }

    TemplateFiles files() {
        return files;
    }

    private RenderedMessage email(String status, Map<String, String> values) {
        List<String> subjects = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> htmls = new ArrayList<>();
        for (Language language : Channel.EMAIL.languages()) {
            Template text = files.get(TemplateFiles.path(status, Channel.EMAIL, language, "txt"));
            String filled = text.fill(values, UnaryOperator.identity());
            if (!filled.startsWith(SUBJECT_LINE)) {
                throw new IllegalStateException(text.path() + ": the first line must be the subject, '" + SUBJECT_LINE + " ...'");
            }
            int endOfSubject = filled.indexOf('\n') < 0 ? filled.length() : filled.indexOf('\n');
            subjects.add(filled.substring(SUBJECT_LINE.length(), endOfSubject).strip());
            texts.add(filled.substring(endOfSubject).strip());
            String html = files.get(TemplateFiles.path(status, Channel.EMAIL, language, "html"))
                    .fill(values, StringEscapeUtils::escapeHtml4).strip();
            htmls.add("<div lang=\"" + language.tag() + "\">\n" + html + "\n</div>\n");
        }
        String subject = String.join(SUBJECT_SEPARATOR, subjects).replaceAll("\\s+", " ");
        return new RenderedMessage(subject, String.join(TEXT_SEPARATOR, texts) + "\n", htmlPage(htmls));
    }

    private static String htmlPage(List<String> parts) {
        return "<!DOCTYPE html>\n<html lang=\"" + Language.AZ.tag() + "\">\n<head><meta charset=\"UTF-8\"></head>\n<body>\n"
                + String.join("<hr>\n", parts) + "</body>\n</html>\n";
    }
}
