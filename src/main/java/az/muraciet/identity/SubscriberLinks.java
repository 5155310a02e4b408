package az.muraciet.identity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriberLinks extends JpaRepository<SubscriberLink, SubscriberLink.Key> {

    @Query("select l.key.subscriberCode from SubscriberLink l where l.key.fin = ?1 order by l.key.subscriberCode")
    List<String> codesOf(String fin);
}
