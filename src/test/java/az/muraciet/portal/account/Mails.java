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

    /** The plain-text part, as a mail client shows it. */
    static String text(Part part) throws Exception {
        return part(part, "text/plain");
    }

    static String html(Part part) throws Exception {
        return part(part, "text/html");
    }

    /** The first part of this type, looking into multiparts. */
    private static String part(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String content = part(multipart.getBodyPart(i), mimeType);
                if (content != null) {
                    return content;
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
