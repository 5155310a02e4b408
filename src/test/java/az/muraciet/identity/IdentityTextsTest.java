package az.muraciet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Every text of login, first login and profile exists in Azerbaijani and English (the SMS is Azerbaijani only). */
class IdentityTextsTest {

    @Test
    void everyAzerbaijaniTextHasItsEnglishOneAndNoEnglishTextIsLeftOver() throws Exception {
        Set<String> azerbaijani = keys("i18n/identity.properties");
        Set<String> english = keys("i18n/identity_en.properties");

        assertThat(english).containsExactlyInAnyOrderElementsOf(azerbaijani.stream()
                .filter(key -> !key.startsWith("identity.sms.")).collect(Collectors.toSet()));
        assertThat(azerbaijani).contains("identity.sms.login", "identity.sms.mobile");
    }

    @Test
    void theLoginSmsFitsOneSegmentAndSaysTheCodePlainly() {
        String sms = IdentityTexts.sms(messages(), "identity.sms.login", new IdentityProperties("x".repeat(32), null,
                null, 0, null, 0, null, null, null, null)).formatted("123456");

        assertThat(sms).isEqualTo("Müraciət giriş kodu: 123456. 5 dəqiqə etibarlıdır. Heç kimə deməyin.");
        assertThat(sms.length()).as("one UCS-2 segment").isLessThanOrEqualTo(70);
    }

    @Test
    void finsAndEmailAddresses() {
        assertThat(Fins.normalize(" 1ab2c3d ")).contains("1AB2C3D");
        assertThat(Fins.normalize("1ab2c3i")).contains("1AB2C3I");
        assertThat(Fins.normalize("1AB2C3")).isEmpty();
        assertThat(Fins.normalize("1ƏB2C3D")).isEmpty();
        assertThat(Fins.normalize(null)).isEmpty();
        assertThat(EmailAddresses.normalize(" resad.aliyev@example.az ")).contains("resad.aliyev@example.az");
        for (String bad : new String[] { "resad@", "@example.az", "a@b", "a b@example.az", "a@@example.az",
                "<a>@example.az", "a@example.az\r\nBcc: x@y.az", "x".repeat(65) + "@example.az" }) {
            assertThat(EmailAddresses.normalize(bad)).as(bad).isEmpty();
        }
    }

    private static org.springframework.context.MessageSource messages() {
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasename("i18n/identity");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Set<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(IdentityTextsTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties.stringPropertyNames();
    }
}
