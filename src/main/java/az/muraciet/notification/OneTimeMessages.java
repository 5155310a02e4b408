package az.muraciet.notification;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Messages that must go now or not at all: security codes and verification links. Unlike the case messages they
 * do not wait in the outbox and are not retried (a code is worth nothing five minutes later); when the gateway or
 * the mail server refuses, the caller hears it at once ({@link MessageNotSent}) and tells the citizen to try again.
 * Nothing of the message is kept or logged, except, with {@code muraciet.sms-gateway.log-text=true} (the demo only)
 * and the logging gateway, the SMS text: so that the demo can read its own login codes.
 */
@Service
public class OneTimeMessages {

    private static final Logger log = LoggerFactory.getLogger(OneTimeMessages.class);

    private final SmsGateway sms;
    private final EmailSender email;
    private final boolean logSmsText;

    OneTimeMessages(SmsGateway sms, EmailSender email, SmsGatewayProperties properties,
            @Value("${muraciet.sms-gateway.log-text:false}") boolean logSmsText) {
        this.sms = sms;
        this.email = email;
        this.logSmsText = logSmsText && "log".equals(properties.type());
    }

    /**
     * @param sender the sender name the citizen sees
     * @param phoneE164 such as {@code +994501234567}
     * @throws MessageNotSent when the gateway did not take it
     */
    public void sendSms(String sender, String phoneE164, String text) {
        String reference = "otp-" + UUID.randomUUID();
        try {
            sms.send(reference, sender, phoneE164, text);
        } catch (RuntimeException e) {
            log.warn("One-time SMS {} to {} not sent: {}", reference, Masking.phone(phoneE164), e.getClass().getSimpleName());
            throw new MessageNotSent("The SMS gateway did not take the message", e);
        }
        if (logSmsText) {
            log.info("Demo only (muraciet.sms-gateway.log-text): SMS {} to {} reads: {}", reference,
                    Masking.phone(phoneE164), text);
        }
    }

    /**
     * @param html the HTML part; everything put into it must already be escaped
     * @throws MessageNotSent when the mail server did not take it
     */
    public void sendEmail(String to, String subject, String text, String html) {
        String reference = "otp-" + UUID.randomUUID();
        try {
            email.send(reference, to, subject, text, html, null);
        } catch (RuntimeException e) {
            log.warn("One-time e-mail {} to {} not sent: {}", reference, Masking.email(to), e.getClass().getSimpleName());
            throw new MessageNotSent("The mail server did not take the message", e);
        }
    }
}
