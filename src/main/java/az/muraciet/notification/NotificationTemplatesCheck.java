package az.muraciet.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import az.muraciet.casefile.CaseStatuses;
import az.muraciet.catalogue.Utility;

/**
 * Refuses to start the application when a status the citizen is told about lacks a template, a template names a value
 * that is not one of {@link Placeholders#ALL}, or its SMS, filled with long values, costs more than the segment budget
 * with or without transliteration.
 */
@Component
class NotificationTemplatesCheck {

    NotificationTemplatesCheck(MessageTemplates templates, CaseStatuses statuses) {
        verify(templates, statuses.notifiedStatuses(), longValues(statuses));
    }

    static void verify(MessageTemplates templates, Collection<String> notifiedStatuses, Map<String, String> longValues) {
        List<String> problems = notifiedStatuses.stream().sorted()
                .flatMap(status -> Arrays.stream(Channel.values()).flatMap(
                        channel -> problems(templates, status, channel, longValues).stream()))
                .toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The notification templates need fixing:\n  " + String.join("\n  ", problems));
        }
    }

    private static List<String> problems(MessageTemplates templates, String status, Channel channel, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        TemplateFiles files = templates.files();
        for (String path : TemplateFiles.required(status, channel)) {
            files.find(path).ifPresentOrElse(template -> problems.addAll(template.problems()),
                    () -> problems.add(files.describe(path) + ": missing, status " + status + " notifies the citizen"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            if (channel == Channel.SMS) {
                for (boolean transliterate : new boolean[] { false, true }) {
                    String text = templates.sms(status, values, transliterate);
                    SmsSegments segments = SmsSegments.of(text);
                    if (!segments.fitsIn(templates.smsSegmentBudget())) {
                        problems.add(files.describe(TemplateFiles.path(status, channel, Language.AZ, "txt")) + ": costs "
                                + segments.count() + " SMS segments (" + segments.units() + " " + segments.encoding()
                                + " units), more than the budget of " + templates.smsSegmentBudget() + ", with long values: "
                                + text);
                    }
                }
            } else {
                templates.render(status, channel, values);
            }
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** Realistic values on the long side: the longest labels there are, a long service name, a long name. */
    static Map<String, String> longValues(CaseStatuses statuses) {
        Map<String, String> values = new HashMap<>();
        values.put(Placeholders.APPLICATION_NUMBER, "AS-2026-000123");
        values.put(Placeholders.SERVICE_NAME, "Su sayğaclarının quraşdırılması müraciəti");
        values.put(Placeholders.SERVICE_NAME_EN, "Water meter installation application");
        values.put(Placeholders.STATUS_LABEL, longest(statuses.statusCodes(), statuses::status, CaseStatuses.Label::az));
        values.put(Placeholders.STATUS_LABEL_EN, longest(statuses.statusCodes(), statuses::status, CaseStatuses.Label::en));
        values.put(Placeholders.REASON, longest(statuses.reasonCodes(), statuses::reason, CaseStatuses.Label::az));
        values.put(Placeholders.REASON_EN, longest(statuses.reasonCodes(), statuses::reason, CaseStatuses.Label::en));
        values.put(Placeholders.CITIZEN_NAME, "Məmmədova Gülnarə Əliağa qızı");
        values.put(Placeholders.UTILITY_NAME, Arrays.stream(Utility.values()).map(Utility::displayName)
                .max(Comparator.comparingInt(String::length)).orElseThrow());
        values.put(Placeholders.ACT_NUMBER, "AKT-AS-2026-000123");
        values.put(Placeholders.STATUS_NOTE, "ə".repeat(Placeholders.SMS_NOTE_LENGTH));
        return values;
    }

    private static String longest(Set<String> codes, Function<String, Optional<CaseStatuses.Label>> label,
            Function<CaseStatuses.Label, String> text) {
        return codes.stream().map(label).flatMap(Optional::stream).map(text)
                .max(Comparator.comparingInt(String::length)).orElse("");
    }
}
