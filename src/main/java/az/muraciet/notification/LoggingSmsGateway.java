package az.muraciet.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default without an operator contract: the message is recorded in the outbox and logged, not sent. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public String send(String reference, String sender, String phoneE164, String text) {
        log.info("SMS from {} not sent (no gateway configured) to {}: {}", sender, Masking.phone(phoneE164), reference);
        return "logged:" + reference;
    }
}
