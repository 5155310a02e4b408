package az.muraciet.portal.account;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/** A code sent to a mobile the citizen wants to use, remembered in the session until it is entered. */
record MobileCodes(String mobile, String challengeId) implements Serializable {

    static MobileCodes in(HttpSession session, String key) {
        return (MobileCodes) session.getAttribute(key);
    }
}
