package az.muraciet.portal.account;

import az.muraciet.identity.CodeCheck;
import az.muraciet.identity.CodeLimits;
import az.muraciet.identity.CodeRequest;
import az.muraciet.identity.EmailLink;
import az.muraciet.portal.account.Message.Notice;

/** What the citizen is told when a code or a link was not sent, or a code not accepted. */
final class CodeNotices {

    private CodeNotices() {
    }

    static Notice notSent(CodeRequest request, CodeLimits limits) {
        return switch (request.outcome()) {
            case NOT_SENT -> Notice.error("code.notSent");
            case TOO_MANY -> Notice.error("code.tooMany", limits.window());
            case COOLING_DOWN -> Notice.error("code.coolingDown", limits.coolDown());
            case SENT -> throw new IllegalArgumentException("The code was sent");
        };
    }

    static Message refused(CodeCheck check, CodeLimits limits) {
        return switch (check.result()) {
            case WRONG -> Message.of("code.wrong", check.triesLeft());
            case EXPIRED -> Message.of("code.expired");
            case LOCKED -> Message.of("code.locked", limits.coolDown());
            case INVALID -> Message.of("code.replaced");
            case ACCEPTED -> throw new IllegalArgumentException("The code was accepted");
        };
    }

    static Notice emailNotSent(EmailLink link, CodeLimits limits) {
        return switch (link) {
            case NOT_SENT -> Notice.error("email.notSent");
            case TOO_MANY -> Notice.error("email.tooMany", limits.window());
            case SENT -> throw new IllegalArgumentException("The link was sent");
        };
    }
}
