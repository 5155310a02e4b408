package az.muraciet.subscriber;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import az.muraciet.catalogue.Utility;
import jakarta.persistence.LockModeType;

public interface Subscribers extends JpaRepository<Subscriber, String> {

    // a query string: Hibernate keeps its translation, a derived query is translated at every call
    @Query("select s from Subscriber s where s.ownerFin = :ownerFin and s.utility = :utility order by s.code")
    List<Subscriber> findByOwnerFinAndUtilityOrderByCode(String ownerFin, Utility utility);

    /** The subscriber, locked until the transaction ends: its meter's readings are recorded one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Subscriber s where s.code = :code")
    Optional<Subscriber> lockByCode(String code);
}
