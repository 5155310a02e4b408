package az.muraciet.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface OneTimeCodes extends JpaRepository<OneTimeCode, String> {

    /** The code, locked until the transaction ends: two entries of one code are judged one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from OneTimeCode c where c.id = ?1")
    Optional<OneTimeCode> lockById(String id);

    long countByFinAndPurposeAndCreatedAtAfter(String fin, CodePurpose purpose, Instant since);

    boolean existsByFinAndPurposeAndFailedAttemptsGreaterThanEqualAndLastFailedAtAfter(String fin, CodePurpose purpose,
            int failedAttempts, Instant since);

    @Modifying
    @Query("update OneTimeCode c set c.replacedAt = ?3 where c.fin = ?1 and c.purpose = ?2 and c.usedAt is null "
            + "and c.replacedAt is null")
    int replaceOpen(String fin, CodePurpose purpose, Instant at);

    @Modifying
    @Query("delete from OneTimeCode c where c.createdAt < ?1")
    int deleteCreatedBefore(Instant before);
}
