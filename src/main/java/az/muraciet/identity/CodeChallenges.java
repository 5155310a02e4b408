package az.muraciet.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import az.muraciet.notification.Masking;
import az.muraciet.notification.MessageNotSent;
import az.muraciet.notification.OneTimeMessages;
import az.muraciet.shared.DatabaseOutageLog;

/**
 * One-time codes by SMS: six digits from {@link SecureRandom}, valid {@code code-validity}, used once, stored as an
 * HMAC. Per FIN and purpose: at most {@code codes-per-window} codes within {@code code-window}, a new code replaces
 * the open one, and {@code max-wrong-tries} wrong entries of a code start a {@code cool-down} in which nothing is
 * sent or accepted. A code is never logged; a FIN or number only masked.
 */
@Component
class CodeChallenges {

    private static final Logger log = LoggerFactory.getLogger(CodeChallenges.class);
    /** How long a gateway failure also answers for FINs that get no SMS, so that they look alike then too. */
    private static final Duration GATEWAY_DOWN_ECHO = Duration.ofMinutes(1);

    private final OneTimeCodes codes;
    private final OneTimeMessages messages;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final DatabaseOutageLog outage = new DatabaseOutageLog(log, "Forgetting old one-time codes");
    private volatile Instant lastGatewayFailure = Instant.EPOCH;

    CodeChallenges(OneTimeCodes codes, OneTimeMessages messages, IdentityProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        if (properties.codeSecret() == null || properties.codeSecret().length() < IdentityProperties.MIN_SECRET_LENGTH) {
            throw new IllegalStateException("muraciet.identity.code-secret must be set to at least "
                    + IdentityProperties.MIN_SECRET_LENGTH + " characters (in production from MURACIET_CODE_SECRET)");
        }
        this.codes = codes;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.key = new SecretKeySpec(properties.codeSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * Sends a new code to {@code phone}, or, with {@code phone == null}, makes a challenge that looks the same and
     * can never succeed.
     *
     * @param text the SMS with {@code %s} where the code goes
     */
    CodeRequest issue(CodePurpose purpose, String fin, String phone, String text) {
        String code = "%06d".formatted(random.nextInt(1_000_000));
        Object outcome = transaction.execute(status -> {
            Instant now = clock.instant();
            if (coolingDown(fin, purpose, now)) {
                return CodeRequest.Outcome.COOLING_DOWN;
            }
            if (codes.countByFinAndPurposeAndCreatedAtAfter(fin, purpose, now.minus(properties.codeWindow()))
                    >= properties.codesPerWindow()) {
                return CodeRequest.Outcome.TOO_MANY;
            }
            codes.replaceOpen(fin, purpose, now);
            String id = UUID.randomUUID().toString();
            codes.save(new OneTimeCode(id, purpose, fin, phone, phone == null ? null : hash(id, code), now,
                    now.plus(properties.codeValidity())));
            return id;
        });
        if (outcome instanceof CodeRequest.Outcome refused) {
            log.info("{} code for {} refused: {}", purpose, Masking.fin(fin), refused);
            return CodeRequest.refused(refused);
        }
        String id = (String) outcome;
        if (phone == null) {
            boolean gatewayDown = lastGatewayFailure.isAfter(clock.instant().minus(GATEWAY_DOWN_ECHO));
            log.info("{} code for {} not deliverable (unknown FIN or no number)", purpose, Masking.fin(fin));
            return gatewayDown ? CodeRequest.refused(CodeRequest.Outcome.NOT_SENT)
                    : new CodeRequest(CodeRequest.Outcome.SENT, id);
        }
        try {
            messages.sendSms(properties.smsSender(), phone, text.formatted(code));
        } catch (MessageNotSent e) {
            lastGatewayFailure = clock.instant();
            transaction.executeWithoutResult(status -> codes.findById(id).ifPresent(c -> c.replaced(clock.instant())));
            return CodeRequest.refused(CodeRequest.Outcome.NOT_SENT);
        }
        log.info("{} code for {} sent to {}", purpose, Masking.fin(fin), Masking.phone(phone));
        return new CodeRequest(CodeRequest.Outcome.SENT, id);
    }

    /**
     * Checks a code entered for the challenge; the challenge must be of this purpose (and FIN, when given).
     *
     * @return the check, and the challenge's target (the phone) when accepted
     */
    Checked check(CodePurpose purpose, String fin, String challengeId, String input) {
        return transaction.execute(status -> {
            OneTimeCode code = challengeId == null ? null : codes.lockById(challengeId).orElse(null);
            if (code == null || code.purpose() != purpose || (fin != null && !fin.equals(code.fin())) || !code.open()) {
                return new Checked(CodeCheck.of(CodeCheck.Result.INVALID), null);
            }
            Instant now = clock.instant();
            if (code.failedAttempts() >= properties.maxWrongTries() || coolingDown(code.fin(), purpose, now)) {
                return new Checked(CodeCheck.of(CodeCheck.Result.LOCKED), null);
            }
            if (code.expiredAt(now)) {
                return new Checked(CodeCheck.of(CodeCheck.Result.EXPIRED), null);
            }
            if (input != null && code.codeHash() != null && MessageDigest.isEqual(
                    code.codeHash().getBytes(StandardCharsets.US_ASCII), hash(code.id(), input).getBytes(StandardCharsets.US_ASCII))) {
                code.used(now);
                log.info("{} code for {} accepted", purpose, Masking.fin(code.fin()));
                return new Checked(new CodeCheck(CodeCheck.Result.ACCEPTED, code.fin(), 0), code.target());
            }
            code.failed(now);
            int left = properties.maxWrongTries() - code.failedAttempts();
            log.info("{} code for {} wrong, {} tries left", purpose, Masking.fin(code.fin()), left);
            return new Checked(left > 0 ? new CodeCheck(CodeCheck.Result.WRONG, null, left)
                    : CodeCheck.of(CodeCheck.Result.LOCKED), null);
        });
    }

    private boolean coolingDown(String fin, CodePurpose purpose, Instant now) {
        return codes.existsByFinAndPurposeAndFailedAttemptsGreaterThanEqualAndLastFailedAtAfter(fin, purpose,
                properties.maxWrongTries(), now.minus(properties.coolDown()));
    }

    private String hash(String challengeId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((challengeId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Codes are worth nothing after their validity, window and cool-down; a day later (at least) they go. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldCodes() {
        outage.run(() -> {
            Duration kept = Duration.ofDays(1);
            for (Duration needed : new Duration[] { properties.codeWindow(), properties.coolDown(), properties.codeValidity() }) {
                kept = needed.compareTo(kept) > 0 ? needed : kept;
            }
            Instant before = clock.instant().minus(kept);
            Integer deleted = transaction.execute(status -> codes.deleteCreatedBefore(before));
            if (deleted != null && deleted > 0) {
                log.info("{} old one-time codes deleted", deleted);
            }
        });
    }

    record Checked(CodeCheck check, String target) {
    }
}
