package az.muraciet.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code muraciet.sms-gateway.*}: {@code type=http} with url, credentials and sender names calls the operator;
 * {@code type=log} (default) only records. Each utility writes under its own sender name
 * ({@code senders.AZERSU=AZERSU}), else under {@code sender}.
 */
@ConfigurationProperties(prefix = "muraciet.sms-gateway")
public record SmsGatewayProperties(String type, String url, String username, String password, String sender,
        Map<String, String> senders, Duration connectTimeout, Duration readTimeout) {

    public SmsGatewayProperties {
        type = type == null ? "log" : type;
        sender = sender == null ? "Muraciet" : sender;
        senders = senders == null ? Map.of() : Map.copyOf(senders);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    String senderFor(String utility) {
        return senders.getOrDefault(utility, sender);
    }
}
