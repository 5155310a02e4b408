package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import az.muraciet.security.VerifiedCredentials.Entry;

/**
 * A password is checked for real once, then answered from the cache for the lifetime; another password, a failed
 * check or the end of the lifetime send it to the real check again; the cache holds no password.
 */
class VerifiedCredentialsTest {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final String USER = "leyla";
    static final String RIGHT = "Right-Password-1";
    static final String WRONG = "Wrong-Password-2";

    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedCredentials<String> credentials = new VerifiedCredentials<>(LIFETIME, nanos::get);
    private final RealCheck realCheck = new RealCheck();

    @Test
    void aSecondCheckWithTheSameCredentialsDoesNotAskTheRealCheck() {
        assertThat(check(USER, RIGHT)).contains("verified leyla");
        assertThat(check(USER, RIGHT)).contains("verified leyla");

        assertThat(realCheck.calls).containsExactly(USER + ":" + RIGHT);
    }

    @Test
    void anotherPasswordOfTheSameUserIsNotAnsweredFromTheCache() {
        check(USER, RIGHT);

        assertThat(check(USER, WRONG)).isEmpty();

        assertThat(realCheck.calls).containsExactly(USER + ":" + RIGHT, USER + ":" + WRONG);
    }

    @Test
    void anotherUserWithTheSamePasswordIsNotAnsweredFromTheCache() {
        check(USER, RIGHT);

        assertThat(check("aysel", RIGHT)).contains("verified aysel");

        assertThat(realCheck.calls).containsExactly(USER + ":" + RIGHT, "aysel:" + RIGHT);
    }

    @Test
    void aFailedCheckDropsTheUsersEntry() {
        check(USER, RIGHT);
        check(USER, WRONG);

        assertThat(credentials.entries()).doesNotContainKey(USER);
        assertThat(check(USER, RIGHT)).contains("verified leyla");
        assertThat(realCheck.calls).containsExactly(USER + ":" + RIGHT, USER + ":" + WRONG, USER + ":" + RIGHT);
    }

    @Test
    void aCheckThatFailsWithAnExceptionDropsTheUsersEntryAndPassesTheExceptionOn() {
        check(USER, RIGHT);

        assertThatThrownBy(() -> credentials.check(USER, WRONG, (user, password) -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");

        assertThat(credentials.entries()).doesNotContainKey(USER);
    }

    @Test
    void forgettingTheUserSendsTheNextCheckToTheRealCheck() {
        check(USER, RIGHT);

        credentials.forget(USER);

        assertThat(check(USER, RIGHT)).contains("verified leyla");
        assertThat(realCheck.calls).hasSize(2);
    }

    @Test
    void aCheckDuringWhichTheUserWasForgottenIsNotKept() {
        // a wrong password in another request while this one was being checked
        Optional<String> verified = credentials.check(USER, RIGHT, (user, password) -> {
            credentials.forget(USER);
            return Optional.of("verified " + user);
        });

        assertThat(verified).contains("verified leyla");
        assertThat(credentials.entries()).isEmpty();
    }

    @Test
    void afterTheLifetimeTheRealCheckIsAskedAgainAndAHitDoesNotProlongIt() {
        check(USER, RIGHT);
        later(Duration.ofSeconds(59));
        check(USER, RIGHT);
        assertThat(realCheck.calls).as("within the lifetime").hasSize(1);

        later(Duration.ofSeconds(2));
        check(USER, RIGHT);

        assertThat(realCheck.calls).as("61 s after the check").hasSize(2);
    }

    @Test
    void aLifetimeOfZeroChecksEveryTime() {
        VerifiedCredentials<String> none = new VerifiedCredentials<>(Duration.ZERO, nanos::get);

        none.check(USER, RIGHT, realCheck);
        none.check(USER, RIGHT, realCheck);

        assertThat(realCheck.calls).hasSize(2);
    }

    @Test
    void theCacheKeepsAKeyedHmacOfThePasswordNeverThePassword() {
        check(USER, RIGHT);
        VerifiedCredentials<String> otherProcess = new VerifiedCredentials<>(LIFETIME, nanos::get);
        otherProcess.check(USER, RIGHT, realCheck);

        Entry<String> kept = credentials.entries().get(USER);
        byte[] password = RIGHT.getBytes(StandardCharsets.UTF_8);
        assertThat(kept.mac()).hasSize(32);
        assertThat(indexOf(kept.mac(), password)).isEqualTo(-1);
        assertThat(kept.verified()).doesNotContain(RIGHT);
        assertThat(kept.mac()).as("a key of its own in every process")
                .isNotEqualTo(otherProcess.entries().get(USER).mac());
    }

    private Optional<String> check(String user, String password) {
        return credentials.check(user, password, realCheck);
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Accepts {@link #RIGHT} for anyone, and counts its calls. */
    static final class RealCheck implements VerifiedCredentials.Verifier<String> {

        final List<String> calls = new ArrayList<>();

        @Override
        public Optional<String> verify(String user, String password) {
            calls.add(user + ":" + password);
            return RIGHT.equals(password) ? Optional.of("verified " + user) : Optional.empty();
        }
    }
}
