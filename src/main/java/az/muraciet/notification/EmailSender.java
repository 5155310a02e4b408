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
        if (mail == null) {
            log.info("E-mail not sent (no SMTP server configured) to {}: {}", Masking.email(message.recipient()),
                    message.idempotencyKey());
            return "logged:" + message.idempotencyKey();
        }
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper email = new MimeMessageHelper(mime, true, "UTF-8");
            email.setFrom(from);
            email.setTo(message.recipient());
            email.setSubject(message.subject());
            email.setText(message.bodyText(), message.bodyHtml());
            if (actPdf != null) {
                email.addAttachment(ACT_FILE_NAME, new ByteArrayResource(actPdf), "application/pdf");
            }
            mime.setHeader(REFERENCE_HEADER, message.idempotencyKey());
            mail.send(mime);
            return mime.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("E-mail could not be composed: " + e.getMessage(), e);
        }
    }
}
