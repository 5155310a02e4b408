package az.muraciet.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code muraciet.identity.*}: the one-time codes by SMS (login and mobile verification), the e-mail links, and the
 * OpenID Connect provider's claims.
 *
 * @param codeSecret key of the HMAC under which codes are stored; from the environment in production
 * @param smsSender the sender name of the code SMS
 * @param codeValidity how long a code may be entered
 * @param maxWrongTries wrong entries of one code before the FIN cools down
 * @param coolDown how long no code is sent to or accepted from that FIN
 * @param codesPerWindow codes sent to one FIN (and e-mail links) within {@code codeWindow}
 * @param emailLinkValidity how long an e-mail verification link works
 * @param publicUrl the portal's address as citizens reach it, for the links in e-mails
 */
@ConfigurationProperties(prefix = "muraciet.identity")
public record IdentityProperties(String codeSecret, String smsSender, Duration codeValidity, int maxWrongTries,
        Duration coolDown, int codesPerWindow, Duration codeWindow, Duration emailLinkValidity, String publicUrl,
        Oidc oidc) {

    static final int MIN_SECRET_LENGTH = 32;

    public IdentityProperties {
        smsSender = smsSender == null || smsSender.isBlank() ? "MURACIET" : smsSender;
        codeValidity = codeValidity == null ? Duration.ofMinutes(5) : codeValidity;
        maxWrongTries = maxWrongTries <= 0 ? 5 : maxWrongTries;
        coolDown = coolDown == null ? Duration.ofMinutes(15) : coolDown;
        codesPerWindow = codesPerWindow <= 0 ? 3 : codesPerWindow;
        codeWindow = codeWindow == null ? Duration.ofMinutes(15) : codeWindow;
        emailLinkValidity = emailLinkValidity == null ? Duration.ofHours(24) : emailLinkValidity;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        oidc = oidc == null ? new Oidc(null, null, null) : oidc;
    }

    /**
     * Claims of the identity provider's id token or user info.
     *
     * @param finClaim the FIN (required)
     * @param patronymicClaim the father's name (ata adı)
     * @param mobileClaim the mobile registered with the provider
     */
    public record Oidc(String finClaim, String patronymicClaim, String mobileClaim) {

        public Oidc {
            finClaim = finClaim == null || finClaim.isBlank() ? "fin" : finClaim;
            patronymicClaim = patronymicClaim == null || patronymicClaim.isBlank() ? "middle_name" : patronymicClaim;
            mobileClaim = mobileClaim == null || mobileClaim.isBlank() ? "phone_number" : mobileClaim;
        }
    }
}
