package az.muraciet.identity;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Login with the FIN and a one-time code sent by SMS to the mobile registered for that FIN. Whether the FIN is known
 * or not, the answers are the same; an unknown FIN gets a challenge that never succeeds.
 */
@Service
public class CitizenLogin {

    private final CitizenAccounts citizens;
    private final CodeChallenges challenges;
    private final MessageSource texts;
    private final IdentityProperties properties;

    CitizenLogin(CitizenAccounts citizens, CodeChallenges challenges, MessageSource texts, IdentityProperties properties) {
        this.citizens = citizens;
        this.challenges = challenges;
        this.texts = texts;
        this.properties = properties;
    }

    /** @param fin a FIN as {@link Fins#normalize} returns it */
    public CodeRequest requestCode(String fin) {
        String phone = citizens.findById(fin).map(Citizen::loginMobile).orElse(null);
        return challenges.issue(CodePurpose.LOGIN, fin, phone, IdentityTexts.sms(texts, "identity.sms.login", properties));
    }

    /** @return ACCEPTED with the citizen's FIN, once; or why not */
    public CodeCheck checkCode(String challengeId, String code) {
        return challenges.check(CodePurpose.LOGIN, null, challengeId, code).check();
    }

    /** The rules of the codes, for the citizen to be told. */
    public CodeLimits limits() {
        return CodeLimits.of(properties);
    }
}
