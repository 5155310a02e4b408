package az.muraciet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import az.muraciet.notification.Masking;
import az.muraciet.notification.MessageNotSent;
import az.muraciet.notification.OneTimeMessages;
import az.muraciet.shared.NotFoundException;

/**
 * The citizen's contact mobile and e-mail: given at first login, changed in the profile. A mobile counts once the
 * code sent to it is entered; an e-mail once the link sent to it is opened (a random 256-bit token, stored as its
 * SHA-256, valid {@code email-link-validity}, once). At first login the address is taken at once and confirmed later;
 * a change in the profile takes effect only when confirmed.
 */
@Service
public class ContactDetails {

    private static final Logger log = LoggerFactory.getLogger(ContactDetails.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CitizenAccounts citizens;
    private final CodeChallenges challenges;
    private final EmailVerifications verifications;
    private final OneTimeMessages messages;
    private final MessageSource texts;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    ContactDetails(CitizenAccounts citizens, CodeChallenges challenges, EmailVerifications verifications,
            OneTimeMessages messages, MessageSource texts, IdentityProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.citizens = citizens;
        this.challenges = challenges;
        this.verifications = verifications;
        this.messages = messages;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws NotFoundException when there is no such citizen */
    public Citizen of(String fin) {
        return citizens.findById(fin).orElseThrow(() -> new NotFoundException("No such citizen"));
    }

    /** Whether the citizen still has to give a contact mobile and e-mail (the guide's first registration screen). */
    public boolean firstLoginPending(String fin) {
        return fin != null && citizens.findById(fin).map(c -> !c.hasContactDetails()).orElse(false);
    }

    /** The rules of the codes and links, for the citizen to be told. */
    public CodeLimits limits() {
        return CodeLimits.of(properties);
    }

    /** Sends a code to the mobile the citizen wants as contact number. */
    public CodeRequest requestMobileCode(String fin, String mobileE164) {
        return challenges.issue(CodePurpose.MOBILE, fin, mobileE164,
                IdentityTexts.sms(texts, "identity.sms.mobile", properties));
    }

    /** The code right: the mobile it went to is the citizen's contact mobile, verified. */
    public CodeCheck confirmMobile(String fin, String challengeId, String code) {
        CodeChallenges.Checked checked = challenges.check(CodePurpose.MOBILE, fin, challengeId, code);
        if (checked.check().accepted()) {
            transaction.executeWithoutResult(status -> {
                of(fin).contactMobileVerified(checked.target(), clock.instant());
            });
            log.info("Contact mobile of {} verified: {}", Masking.fin(fin), Masking.phone(checked.target()));
        }
        return checked.check();
    }

    /**
     * Sends a verification link to {@code email}.
     *
     * @param takeNow at first login: the address is the citizen's at once (confirmed later); else only once confirmed
     */
    public EmailLink sendEmailLink(String fin, String email, boolean takeNow, Locale locale) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Citizen citizen = transaction.execute(status -> {
            Instant now = clock.instant();
            if (verifications.countByFinAndCreatedAtAfter(fin, now.minus(properties.codeWindow()))
                    >= properties.codesPerWindow()) {
                return null;
            }
            Citizen owner = of(fin);
            if (takeNow) {
                owner.emailGiven(email);
            }
            verifications.replaceOpen(fin, now);
            verifications.save(new EmailVerification(sha256(token), fin, email, now,
                    now.plus(properties.emailLinkValidity())));
            return owner;
        });
        if (citizen == null) {
            log.info("E-mail link for {} refused: too many", Masking.fin(fin));
            return EmailLink.TOO_MANY;
        }
        try {
            sendLink(citizen, email, properties.publicUrl() + "/welcome/email/" + token, locale);
        } catch (MessageNotSent e) {
            return EmailLink.NOT_SENT;
        }
        log.info("E-mail link for {} sent to {}", Masking.fin(fin), Masking.email(email));
        return EmailLink.SENT;
    }

    /** Sends the link again: to the address waiting for confirmation, else to the current one if unconfirmed. */
    public EmailLink resendEmailLink(String fin, Locale locale) {
        Citizen citizen = of(fin);
        Optional<String> address = pendingEmail(fin).or(() -> citizen.emailVerified() ? Optional.empty()
                : Optional.ofNullable(citizen.email()));
        return address.map(email -> sendEmailLink(fin, email, false, locale)).orElse(EmailLink.SENT);
    }

    /** The address whose link was sent last and not yet opened, if any. */
    public Optional<String> pendingEmail(String fin) {
        return verifications.findFirstByFinAndUsedAtIsNullAndReplacedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(fin,
                clock.instant()).map(EmailVerification::email);
    }

    /** @return whether the link was good (known, unused, not replaced, in time); then the address is verified */
    public boolean verifyEmail(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        String fin = transaction.execute(status -> {
            Instant now = clock.instant();
            EmailVerification link = verifications.lockById(sha256(token)).orElse(null);
            if (link == null || !link.usableAt(now)) {
                return null;
            }
            link.used(now);
            of(link.fin()).emailVerified(link.email(), now);
            return link.fin();
        });
        if (fin == null) {
            log.info("E-mail link refused: unknown, used, replaced or expired");
            return false;
        }
        log.info("E-mail of {} verified", Masking.fin(fin));
        return true;
    }

    private void sendLink(Citizen citizen, String email, String link, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : IdentityTexts.AZERBAIJANI;
        String name = (citizen.firstName() + " " + citizen.lastName()).strip();
        long hours = Math.max(1, properties.emailLinkValidity().toHours());
        String subject = texts.getMessage("identity.email.subject", null, language);
        String greeting = texts.getMessage("identity.email.greeting", new Object[] { name }, language);
        String body = texts.getMessage("identity.email.body", null, language);
        String action = texts.getMessage("identity.email.action", null, language);
        String validity = texts.getMessage("identity.email.validity", new Object[] { hours }, language);
        String text = greeting + "\n\n" + body + "\n" + link + "\n\n" + validity + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body>"
                + "<p>" + HtmlUtils.htmlEscape(greeting) + "</p>"
                + "<p>" + HtmlUtils.htmlEscape(body) + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(action) + "</a></p>"
                + "<p>" + HtmlUtils.htmlEscape(validity) + "</p></body></html>";
        messages.sendEmail(email, subject, text, html);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
