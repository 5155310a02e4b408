package az.muraciet.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param segmentBudget the most segments a status SMS may cost
 * @param transliterate whether to write ə, ş, ğ, ı, ... as e, s, g, i, ... so that an SMS goes as GSM-7
 */
@ConfigurationProperties(prefix = "muraciet.sms")
public record SmsProperties(@DefaultValue("2") int segmentBudget, @DefaultValue("false") boolean transliterate) {

    public SmsProperties {
        if (segmentBudget < 1) {
            throw new IllegalArgumentException("muraciet.sms.segment-budget must be at least 1, is " + segmentBudget);
        }
    }
}
