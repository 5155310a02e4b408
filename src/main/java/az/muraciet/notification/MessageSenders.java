package az.muraciet.notification;

import org.springframework.stereotype.Component;

import az.muraciet.act.InstallationActs;

/** Hands a message to the sender of its channel, with the act attached where the message says so. */
@Component
class MessageSenders {

    private final EmailSender email;
    private final SmsGateway sms;
    private final InstallationActs acts;

    MessageSenders(EmailSender email, SmsGateway sms, InstallationActs acts) {
        this.email = email;
        this.sms = sms;
        this.acts = acts;
    }

    /** @return the provider's id of the sent message */
    String send(Notification message) {
        return switch (message.channel()) {
            case SMS -> sms.send(message.idempotencyKey(), message.recipient(), message.bodyText());
            case EMAIL -> email.send(message, message.attachAct() ? acts.pdfOf(message.applicationId()).orElse(null) : null);
        };
    }
}
