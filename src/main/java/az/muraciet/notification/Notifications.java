package az.muraciet.notification;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Notifications extends JpaRepository<Notification, Long> {

    /** The keys of the messages already written for a case's status (a JPQL string: Hibernate keeps its translation). */
    @Query("select n.idempotencyKey from Notification n where n.applicationId = :applicationId and n.caseStatus = :caseStatus")
    Set<String> existingKeys(String applicationId, String caseStatus);

    List<Notification> findByCitizenFinOrderByCreatedAtDescIdDesc(String citizenFin);

    List<Notification> findByApplicationIdOrderById(String applicationId);

    List<Notification> findByStateOrderById(Notification.State state);
}
