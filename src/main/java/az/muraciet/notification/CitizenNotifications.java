package az.muraciet.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.casefile.Applications;

/**
 * The citizen's "Bildirişlər": every message sent (or still to be sent) to them about their cases, newest first,
 * with the recipient masked. Only the citizen's own: the list is chosen by their FIN.
 */
@Service
public class CitizenNotifications {

    private final Notifications notifications;
    private final Applications applications;

    CitizenNotifications(Notifications notifications, Applications applications) {
        this.notifications = notifications;
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public List<Message> of(String fin) {
        Map<String, String> numbers = new HashMap<>();
        applications.findByApplicantFinOrderByCreatedAtDesc(fin).forEach(a -> numbers.put(a.id(), a.number()));
        return notifications.findByCitizenFinOrderByCreatedAtDescIdDesc(fin).stream()
                .map(n -> new Message(n.id(), n.applicationId(), numbers.get(n.applicationId()), n.caseStatus(),
                        n.channel(), Masking.recipient(n.channel(), n.recipient()), n.subject(), n.bodyText(),
                        n.state(), n.attempts(), n.createdAt(), n.sentAt()))
                .toList();
    }

    /**
     * One message as the citizen may see it.
     *
     * @param recipient masked: {@code +99450***4567}, {@code r***@example.az}
     * @param subject the e-mail's subject; null for an SMS
     * @param text the SMS, or the e-mail's plain text
     */
    public record Message(Long id, String applicationId, String applicationNumber, String status, Channel channel,
            String recipient, String subject, String text, Notification.State state, int attempts, Instant createdAt,
            Instant sentAt) {

        public boolean delivered() {
            return state == Notification.State.SENT;
        }
    }
}
