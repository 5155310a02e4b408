package az.muraciet.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Passwords that passed their real check a moment ago, so that a stateless API does not check the same password on
 * every request. Kept per user: the HMAC-SHA256 of (user, password) under a key drawn at start, never the password,
 * and what the real check gave. Only a successful check is kept, for {@code lifetime} from that check (a hit does not
 * prolong it), at most {@link #CAPACITY} users. Anything else — another password, an expired entry, an unknown user —
 * goes to the real check; a failed check also drops what was kept for the user.
 */
final class VerifiedCredentials<V> {

    /** The real check: what it proved of the user, or empty for a wrong password. */
    @FunctionalInterface
    interface Verifier<V> {
        Optional<V> verify(String user, String password);
    }

    record Entry<V>(byte[] mac, V verified) {
    }

    /** The property of the lifetime, 60 s unless configured. */
    static final String LIFETIME = "${muraciet.security.verified-credentials-lifetime:PT60S}";
    static final int CAPACITY = 10_000;

    private final Cache<String, Entry<V>> entries;
    private final SecretKeySpec key;
    /** Counts forgets, so that a check that ran while its user was forgotten is not kept. */
    private final AtomicLong forgets = new AtomicLong();

    VerifiedCredentials(Duration lifetime) {
        this(lifetime, Ticker.systemTicker());
    }

    VerifiedCredentials(Duration lifetime, Ticker ticker) {
        this.entries = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(CAPACITY).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** What a successful check of these credentials gave, from the cache or from {@code verifier}. */
    Optional<V> check(String user, String password, Verifier<V> verifier) {
        byte[] mac = mac(user, password);
        Entry<V> kept = entries.getIfPresent(user);
        if (kept != null && MessageDigest.isEqual(kept.mac(), mac)) {
            return Optional.of(kept.verified());
        }
        long forgetsBefore = forgets.get();
        Optional<V> verified;
        try {
            verified = verifier.verify(user, password);
        } catch (RuntimeException e) {
            forget(user);
            throw e;
        }
        if (verified.isEmpty()) {
            forget(user);
        } else {
            entries.asMap().compute(user, (u, before) ->
                    forgets.get() == forgetsBefore ? new Entry<>(mac, verified.get()) : before);
        }
        return verified;
    }

    /** Drops what is kept for the user: their next request is checked for real. */
    void forget(String user) {
        forgets.incrementAndGet();
        entries.invalidate(user);
    }

    /** What is kept, by user (for tests). */
    Map<String, Entry<V>> entries() {
        return Map.copyOf(entries.asMap());
    }

    private byte[] mac(String user, String password) {
        byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(ByteBuffer.allocate(Integer.BYTES).putInt(userBytes.length).array());
            hmac.update(userBytes);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
