package az.muraciet.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code muraciet.sms-gateway.*}: {@code type=http} with url, credentials and sender name calls the operator; {@code type=log} (default) only records. */
@ConfigurationProperties(prefix = "muraciet.sms-gateway")
public record SmsGatewayProperties(String type, String url, String username, String password, String sender,
        Duration connectTimeout, Duration readTimeout) {

    public SmsGatewayProperties {
        type = type == null ? "log" : type;
        sender = sender == null ? "Muraciet" : sender;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
