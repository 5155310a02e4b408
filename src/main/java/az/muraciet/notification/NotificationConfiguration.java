package az.muraciet.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ NotificationProperties.class, SmsGatewayProperties.class })
class NotificationConfiguration {

    @Bean
    SmsGateway smsGateway(SmsGatewayProperties properties) {
        return switch (properties.type()) {
            case "http" -> new HttpSmsGateway(properties);
            case "log" -> new LoggingSmsGateway();
            default -> throw new IllegalArgumentException(
                    "muraciet.sms-gateway.type must be 'http' or 'log', not '" + properties.type() + "'");
        };
    }

    @Bean
    EmailSender emailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        return new EmailSender(mail.getIfAvailable(), properties.mailFrom());
    }
}
