package az.muraciet.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Notifications extends JpaRepository<Notification, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    List<Notification> findByCitizenFinOrderByCreatedAtDescIdDesc(String citizenFin);

    List<Notification> findByApplicationIdOrderById(String applicationId);

    List<Notification> findByStateOrderById(Notification.State state);
}
