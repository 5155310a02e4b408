package az.muraciet.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface Applications extends JpaRepository<Application, String> {

    Optional<Application> findByNumber(String number);

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
