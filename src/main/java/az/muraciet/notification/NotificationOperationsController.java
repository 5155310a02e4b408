package az.muraciet.notification;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import az.muraciet.shared.ConflictException;

/** Operators: the delivery log by state (FAILED after the last retry) and a retry by hand. */
@RestController
class NotificationOperationsController {

    private final Notifications notifications;
    private final NotificationDispatcher dispatcher;

    NotificationOperationsController(Notifications notifications, NotificationDispatcher dispatcher) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/ops/notifications")
    List<Operations> byState(@RequestParam(defaultValue = "FAILED") Notification.State state) {
        return notifications.findByStateOrderById(state).stream().map(Operations::of).toList();
    }

    @PostMapping("/ops/notifications/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable Long id) {
        if (!dispatcher.retry(id)) {
            throw new ConflictException("Only a FAILED notification can be retried / Yalnız uğursuz bildiriş təkrarlana bilər");
        }
        return ResponseEntity.accepted().build();
    }

    record Operations(Long id, String applicationId, String status, Channel channel, String recipient,
            Notification.State state, int attempts, String lastError, java.time.Instant createdAt) {

        static Operations of(Notification n) {
            return new Operations(n.id(), n.applicationId(), n.caseStatus(), n.channel(),
                    Masking.recipient(n.channel(), n.recipient()), n.state(), n.attempts(), n.lastError(), n.createdAt());
        }
    }
}
