package az.muraciet.notification;

import org.springframework.stereotype.Component;

import az.muraciet.act.InstallationActs;
import az.muraciet.casefile.Applications;
import az.muraciet.catalogue.EServices;

/** Hands a message to the sender of its channel, with the act attached where the message says so. */
@Component
class MessageSenders {

    private final EmailSender email;
    private final SmsGateway sms;
    private final InstallationActs acts;
    private final SmsGatewayProperties smsProperties;
    private final Applications applications;
    private final EServices services;

    MessageSenders(EmailSender email, SmsGateway sms, InstallationActs acts, SmsGatewayProperties smsProperties,
            Applications applications, EServices services) {
        this.email = email;
        this.sms = sms;
        this.acts = acts;
        this.smsProperties = smsProperties;
        this.applications = applications;
        this.services = services;
    }

    /** @return the provider's id of the sent message */
    String send(Notification message) {
        return switch (message.channel()) {
            case SMS -> sms.send(message.idempotencyKey(), smsProperties.senderFor(utilityOf(message)), message.recipient(),
                    message.bodyText());
            case EMAIL -> email.send(message, message.attachAct() ? acts.pdfOf(message.applicationId()).orElse(null) : null);
        };
    }

    private String utilityOf(Notification message) {
        return applications.findById(message.applicationId()).flatMap(a -> services.findById(a.serviceCode()))
                .map(s -> s.utility().name()).orElse("");
    }
}
