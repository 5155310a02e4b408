package az.muraciet.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail through the configured SMTP server ({@code spring.mail.*}): a plain-text and an HTML part, the act as a PDF
 * where there is one. Without an SMTP server configured the message is recorded and logged, not sent.
 */
class EmailSender {

    static final String REFERENCE_HEADER = "X-Muraciet-Reference";
    static final String ACT_FILE_NAME = "sayqac-qurasdirma-akti.pdf";
    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSender mail;
    private final String from;

    EmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    String send(Notification message, byte[] actPdf) {
        return send(message.idempotencyKey(), message.recipient(), message.subject(), message.bodyText(),
                message.bodyHtml(), actPdf);
    }

    /** @return the message id, or {@code logged:<reference>} without an SMTP server */
    String send(String reference, String to, String subject, String text, String html, byte[] actPdf) {
        if (mail == null) {
            log.info("E-mail not sent (no SMTP server configured) to {}: {}", Masking.email(to), reference);
            return "logged:" + reference;
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper email = new MimeMessageHelper(mime, true, "UTF-8");
            email.setFrom(from);
            email.setTo(to);
            email.setSubject(subject);
            email.setText(text, html);
            if (actPdf != null) {
                email.addAttachment(ACT_FILE_NAME, new ByteArrayResource(actPdf), "application/pdf");
            }
            mime.setHeader(REFERENCE_HEADER, reference);
            mail.send(mime);
            return mime.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("E-mail could not be composed: " + e.getMessage(), e);
        }
    }
}
