package az.muraciet.portal.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import az.muraciet.casefile.CaseDetails;
import az.muraciet.casefile.CaseStatus;
import az.muraciet.casefile.CaseStatuses;
import az.muraciet.casefile.CaseSummary;
import az.muraciet.catalogue.EService;
import az.muraciet.catalogue.EServices;

/**
 * Cases as the pages show them: names and labels in the page's language, times on the utilities' clock
 * (Asia/Baku), read the same on every page.
 */
@Component
class CaseViews {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final EServices services;
    private final ZoneId zone;

    CaseViews(EServices services, Clock clock) {
        this.services = services;
        this.zone = clock.getZone();
    }

    List<CaseRow> rows(List<CaseSummary> cases, Locale locale) {
        Map<String, EService> byCode = services.findAll().stream()
                .collect(Collectors.toMap(EService::code, Function.identity()));
        return cases.stream().map(c -> row(c, byCode.get(c.serviceCode()), locale)).toList();
    }

    CaseRow row(CaseSummary c, Locale locale) {
        return row(c, services.findById(c.serviceCode()).orElse(null), locale);
    }

    List<Step> timeline(CaseDetails details, Locale locale) {
        return details.history().stream()
                .map(s -> new Step(s.status(), label(s.statusLabel(), locale), label(s.reasonLabel(), locale),
                        s.note(), time(s.changedAt())))
                .toList();
    }

    String serviceName(EService service, Locale locale) {
        return english(locale) ? service.nameEn() : service.nameAz();
    }

    Time time(Instant instant) {
        if (instant == null) {
            return null;
        }
        var local = instant.atZone(zone);
        return new Time(SHOWN.format(local), local.toOffsetDateTime().toString());
    }

    static String label(CaseStatuses.Label label, Locale locale) {
        return label == null ? null : english(locale) ? label.en() : label.az();
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private CaseRow row(CaseSummary c, EService service, Locale locale) {
        String serviceName = service == null ? c.serviceCode() : serviceName(service, locale);
        return new CaseRow(c.id(), c.number(), serviceName, c.subscriberCode(), c.status(),
                label(c.statusLabel(), locale), c.reason(), CaseStatus.SUBMITTED.equals(c.status()),
                time(c.submittedAt()), time(c.updatedAt()));
    }

    /** A moment as shown ({@code 05.03.2026 14:30}, Baku time) and for {@code <time datetime>}. */
    record Time(String shown, String iso) {
    }

    record CaseRow(String id, String number, String serviceName, String subscriberCode, String status,
            String statusLabel, String reason, boolean awaitingConfirmation, Time submittedAt, Time updatedAt) {
    }

    record Step(String status, String label, String reason, String note, Time at) {
    }
}
