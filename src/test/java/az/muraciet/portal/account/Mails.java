package az.muraciet.portal.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads e-mails as a mail client shows them: the plain-text part, and the link in it. */
final class Mails {

    private static final Pattern LINK = Pattern.compile("https://portal\\.example\\.az(/welcome/email/[A-Za-z0-9_-]+)");

    private Mails() {
    }

    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String html = html(multipart.getBodyPart(i));
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    /** The path of the verification link in the mail's text. */
    static String linkPath(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("No link in " + text(mail));
        }
        return link.group(1);
    }
}
