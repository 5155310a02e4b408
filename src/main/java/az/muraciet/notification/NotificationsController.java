package az.muraciet.notification;

import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import az.muraciet.casefile.Applications;

/** The citizen's "Bildirişlər": every message sent (or being sent) to them, on every channel. */
@RestController
class NotificationsController {

    private final Notifications notifications;
    private final Applications applications;

    NotificationsController(Notifications notifications, Applications applications) {
        this.notifications = notifications;
        this.applications = applications;
    }

    @GetMapping("/api/v1/notifications")
    List<View> mine(Principal citizen) {
        Map<String, String> numbers = new HashMap<>();
        applications.findByApplicantFinOrderByCreatedAtDesc(citizen.getName())
                .forEach(a -> numbers.put(a.id(), a.number()));
        return notifications.findByCitizenFinOrderByCreatedAtDescIdDesc(citizen.getName()).stream()
                .map(n -> View.of(n, numbers.get(n.applicationId()))).toList();
    }

    record View(Long id, String applicationId, String applicationNumber, String status, Channel channel, String recipient,
            String subject, String text, Notification.State state, int attempts, Instant createdAt, Instant sentAt) {

        static View of(Notification n, String applicationNumber) {
            return new View(n.id(), n.applicationId(), applicationNumber, n.caseStatus(), n.channel(),
                    Masking.recipient(n.channel(), n.recipient()), n.subject(), n.bodyText(), n.state(), n.attempts(),
                    n.createdAt(), n.sentAt());
        }
    }
}
