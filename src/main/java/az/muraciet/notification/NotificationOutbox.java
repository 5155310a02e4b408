package az.muraciet.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import az.muraciet.act.Acts;
import az.muraciet.casefile.Application;
import az.muraciet.casefile.ApplicationStatusChanged;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.CaseStatuses;
import az.muraciet.catalogue.EService;
import az.muraciet.catalogue.EServices;

/**
 * Writes the citizen's messages for a status step into the outbox, in the transaction of the step itself: they
 * exist if and only if the step committed. Sending is the dispatcher's business, later and elsewhere.
 */
@Component
class NotificationOutbox {

    private final MessageTemplates templates;
    private final Notifications notifications;
    private final Applications applications;
    private final EServices services;
    private final CaseStatuses statuses;
    private final Acts acts;
    private final Clock clock;

    NotificationOutbox(MessageTemplates templates, Notifications notifications, Applications applications,
            EServices services, CaseStatuses statuses, Acts acts, Clock clock) {
        this.templates = templates;
        this.notifications = notifications;
        this.applications = applications;
        this.services = services;
        this.statuses = statuses;
        this.acts = acts;
        this.clock = clock;
    }

    @EventListener
    void statusChanged(ApplicationStatusChanged event) {
        Map<Channel, String> keys = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            if (templates.hasTemplate(event.status(), channel)) {
                keys.put(channel, Notification.keyOf(event.applicationId(), event.status(), channel));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        keys.values().removeAll(notifications.existingKeys(event.applicationId(), event.status()));
        if (keys.isEmpty()) {
            return;
        }
        Application application = applications.findById(event.applicationId()).orElseThrow();
        Optional<String> actNumber = acts.numberOf(application.id());
        Map<String, String> values = values(event, application, actNumber);
        for (Channel channel : keys.keySet()) {
            RenderedMessage message = templates.render(event.status(), channel, values);
            String recipient = channel == Channel.SMS ? application.contactPhone() : application.contactEmail();
            boolean attachAct = channel == Channel.EMAIL && actNumber.isPresent() && "ACT_DRAWN_UP".equals(event.status());
            notifications.save(new Notification(application.id(), application.applicantFin(), event.status(), channel,
                    recipient, message, attachAct, clock.instant()));
        }
    }

    private Map<String, String> values(ApplicationStatusChanged event, Application application, Optional<String> actNumber) {
        EService service = services.findById(application.serviceCode()).orElseThrow();
        var status = statuses.status(event.status());
        var reason = statuses.reason(event.reason());
        Map<String, String> values = new HashMap<>();
        values.put("applicationNumber", nullToEmpty(application.number()));
        values.put("serviceName", service.nameAz());
        values.put("serviceNameEn", service.nameEn());
        values.put("statusLabel", status.map(CaseStatuses.Label::az).orElse(event.status()));
        values.put("statusLabelEn", status.map(CaseStatuses.Label::en).orElse(event.status()));
        values.put("reason", reason.map(CaseStatuses.Label::az).orElse(""));
        values.put("reasonEn", reason.map(CaseStatuses.Label::en).orElse(""));
        values.put("citizenName", application.applicantName());
        values.put("utilityName", service.utility().displayName());
        values.put("actNumber", actNumber.orElse(""));
        values.put(Placeholders.STATUS_NOTE, nullToEmpty(event.note()));
        return values;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
