package az.muraciet.identity;

/** The answer to "send a verification link to this address". */
public enum EmailLink {
    SENT,
    /** the mail server did not take it: try again later */
    NOT_SENT,
    /** too many links asked for lately */
    TOO_MANY
}
