package az.muraciet.identity;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import az.muraciet.notification.Masking;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;

/**
 * A citizen who logs in through the state's identity provider (ASAN Login / e-gov, OpenID Connect): the FIN comes
 * from the claim {@code muraciet.identity.oidc.fin-claim}; a citizen we do not know yet is registered from the
 * claims (names, mobile) and then goes through first login like anyone else. Used only when a client registration
 * is configured ({@code spring.security.oauth2.client.registration.*}).
 */
@Component
class CitizenOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(CitizenOidcUsers.class);

    private final OidcUserService provider = new OidcUserService();
    private final CitizenAccounts citizens;
    private final IdentityProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CitizenOidcUsers(CitizenAccounts citizens, IdentityProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.citizens = citizens;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Object claim = user.getAttributes().get(properties.oidc().finClaim());
        String fin = Fins.normalize(claim == null ? null : claim.toString()).orElseThrow(() -> {
            log.warn("Identity provider {} gave no usable FIN in claim '{}'",
                    request.getClientRegistration().getRegistrationId(), properties.oidc().finClaim());
            return new OAuth2AuthenticationException(new OAuth2Error("invalid_fin",
                    "The identity provider gave no FIN", null));
        });
        registerIfNew(fin, user);
        return new CitizenOidcUser(fin, user);
    }

    private void registerIfNew(String fin, OidcUser user) {
        if (citizens.existsById(fin)) {
            return;
        }
        String mobile = AzerbaijaniPhoneNumbers.toE164(text(user, properties.oidc().mobileClaim())).orElse(null);
        String patronymic = text(user, properties.oidc().patronymicClaim());
        Citizen citizen = new Citizen(fin, name(user.getGivenName()), name(user.getFamilyName()),
                patronymic == null ? null : name(patronymic), mobile, clock.instant());
        try {
            transaction.executeWithoutResult(status -> citizens.saveAndFlush(citizen));
            log.info("Citizen {} registered from the identity provider", Masking.fin(fin));
        } catch (DataIntegrityViolationException registeredMeanwhile) {
            log.info("Citizen {} was registered by a concurrent login", Masking.fin(fin));
        }
    }

    private static String text(OidcUser user, String claim) {
        Object value = user.getAttributes().get(claim);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A name as the citizen table holds it: never null, at most 100 characters. */
    private static String name(String value) {
        String name = value == null ? "" : value.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The provider's user, known to the portal by FIN and with the citizen's role only. */
    static final class CitizenOidcUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String fin;

        CitizenOidcUser(String fin, OidcUser user) {
            super(List.of(new SimpleGrantedAuthority(Citizen.AUTHORITY)), user.getIdToken(), user.getUserInfo());
            this.fin = fin;
        }

        @Override
        public String getName() {
            return fin;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CitizenOidcUser that && fin.equals(that.fin) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return fin.hashCode();
        }
    }
}
