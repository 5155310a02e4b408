package az.muraciet.notification;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's "Bildirişlər": every message sent (or being sent) to them, on every channel. */
@RestController
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    List<View> mine(Principal citizen) {
        return notifications.findByCitizenFinOrderByCreatedAtDescIdDesc(citizen.getName()).stream().map(View::of).toList();
    }

    record View(Long id, String applicationId, String status, Channel channel, String recipient, String subject,
            String text, Notification.State state, int attempts, Instant createdAt, Instant sentAt) {

        static View of(Notification n) {
            return new View(n.id(), n.applicationId(), n.caseStatus(), n.channel(), Masking.recipient(n.channel(), n.recipient()),
                    n.subject(), n.bodyText(), n.state(), n.attempts(), n.createdAt(), n.sentAt());
        }
    }
}
