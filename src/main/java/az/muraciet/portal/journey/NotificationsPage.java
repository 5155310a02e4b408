package az.muraciet.portal.journey;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import az.muraciet.casefile.CaseStatuses;
import az.muraciet.notification.CitizenNotifications;

/** "Bildirişlər": the SMS and e-mails sent (or still queued) to the citizen about their cases; only their own. */
@Controller
class NotificationsPage {

    static final String VIEW = "portal/journey/notifications";

    private final CitizenNotifications notifications;
    private final CaseStatuses statuses;
    private final CaseViews views;

    NotificationsPage(CitizenNotifications notifications, CaseStatuses statuses, CaseViews views) {
        this.notifications = notifications;
        this.statuses = statuses;
        this.views = views;
    }

    @GetMapping("/notifications")
    String list(Principal citizen, Locale locale, Model model) {
        List<Row> rows = notifications.of(citizen.getName()).stream()
                .map(m -> new Row(m.applicationId(), m.applicationNumber(), m.channel().name(), m.recipient(),
                        m.subject(), m.text(), m.state().name(),
                        statuses.status(m.status()).map(l -> CaseViews.label(l, locale)).orElse(m.status()),
                        views.time(m.createdAt())))
                .toList();
        model.addAttribute("messages", rows);
        return VIEW;
    }

    record Row(String applicationId, String applicationNumber, String channel, String recipient, String subject,
            String text, String state, String statusLabel, CaseViews.Time at) {
    }
}
