package az.muraciet.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface EmailVerifications extends JpaRepository<EmailVerification, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from EmailVerification v where v.tokenHash = ?1")
    Optional<EmailVerification> lockById(String tokenHash);

    long countByFinAndCreatedAtAfter(String fin, Instant since);

    /** The newest link still open for the citizen: the address waiting to be confirmed. */
    Optional<EmailVerification> findFirstByFinAndUsedAtIsNullAndReplacedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
            String fin, Instant now);

    @Modifying
    @Query("update EmailVerification v set v.replacedAt = ?2 where v.fin = ?1 and v.usedAt is null and v.replacedAt is null")
    int replaceOpen(String fin, Instant at);
}
