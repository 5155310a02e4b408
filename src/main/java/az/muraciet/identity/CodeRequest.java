package az.muraciet.identity;

/**
 * The answer to "send me a code". For a FIN we do not know the answer is the same as for one we do.
 *
 * @param challengeId what the code entered later is checked against (keep it in the session); null unless SENT
 */
public record CodeRequest(Outcome outcome, String challengeId) {

    public enum Outcome {
        SENT,
        /** the SMS gateway did not take the message: try again later */
        NOT_SENT,
        /** too many codes asked for this FIN lately */
        TOO_MANY,
        /** too many wrong codes lately: nothing is sent or accepted for a while */
        COOLING_DOWN
    }

    public boolean sent() {
        return outcome == Outcome.SENT;
    }

    static CodeRequest refused(Outcome outcome) {
        return new CodeRequest(outcome, null);
    }
}
