package az.muraciet.notification;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's "Bildirişlər": every message sent (or being sent) to them, on every channel. */
@RestController
class NotificationsController {

    private final CitizenNotifications notifications;

    NotificationsController(CitizenNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    List<View> mine(Principal citizen) {
        return notifications.of(citizen.getName()).stream().map(View::of).toList();
    }

    record View(Long id, String applicationId, String applicationNumber, String status, Channel channel, String recipient,
            String subject, String text, Notification.State state, int attempts, Instant createdAt, Instant sentAt) {

        static View of(CitizenNotifications.Message m) {
            return new View(m.id(), m.applicationId(), m.applicationNumber(), m.status(), m.channel(), m.recipient(),
                    m.subject(), m.text(), m.state(), m.attempts(), m.createdAt(), m.sentAt());
        }
    }
}
