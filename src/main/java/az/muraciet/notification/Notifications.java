package az.muraciet.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Notifications extends JpaRepository<Notification, Long> {

    @Query("select n.idempotencyKey from Notification n where n.idempotencyKey in :keys")
    Set<String> existingKeys(Collection<String> keys);

    List<Notification> findByCitizenFinOrderByCreatedAtDescIdDesc(String citizenFin);

    List<Notification> findByApplicationIdOrderById(String applicationId);

    List<Notification> findByStateOrderById(Notification.State state);
}
