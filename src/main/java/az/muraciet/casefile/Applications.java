package az.muraciet.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface Applications extends JpaRepository<Application, String> {

    Optional<Application> findByNumber(String number);

    /**
     * A case with its status history in one query (the citizen's status lookup). Written in JPQL: Hibernate caches the
     * SQL of a JPQL query, while a derived query's criteria are translated again at every execution.
     */
    @Query("select a from Application a left join fetch a.history where a.number = :number")
    Optional<Application> findWithHistoryByNumber(String number);

    @Query("select a from Application a left join fetch a.history where a.id = :id")
    Optional<Application> findWithHistoryById(String id);

    List<Application> findByApplicantFinOrderByCreatedAtDesc(String applicantFin);

    /** The cases of a service on a subscriber code that have not reached a final status, oldest first. */
    @Query("""
            select a from Application a where a.serviceCode = :serviceCode and a.subscriberCode = :subscriberCode
            and a.status not in (select s.code from CaseStatus s where s.finalStatus = true) order by a.createdAt""")
    List<Application> openCasesOf(String serviceCode, String subscriberCode);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> lockById(String id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.number = :number")
    Optional<Application> lockByNumber(String number);
}
