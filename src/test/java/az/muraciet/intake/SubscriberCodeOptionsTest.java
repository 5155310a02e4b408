package az.muraciet.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import az.muraciet.catalogue.Utility;
import az.muraciet.forms.CamundaForm;
import az.muraciet.subscriber.Subscriber;

/** The options source of a start form's subscriber field decides which of the citizen's codes it offers. */
class SubscriberCodeOptionsTest {

    static final Subscriber WITHOUT_METER = new Subscriber("10000004", Utility.AZERSU, "9PQR8S7", "Tural Hüseynov",
            "Bakı, Yasamal r.", "Yasamal");
    static final Subscriber WITH_METER = withMeter();

    @Test
    void theValuesKeyChoosesTheCodesOffered() {
        assertThat(SubscriberCodeOptions.of(form("subscriberCodes"))).isEqualTo(SubscriberCodeOptions.ALL);
        assertThat(SubscriberCodeOptions.of(form("subscriberCodesWithoutMeter"))).isEqualTo(SubscriberCodeOptions.WITHOUT_METER);
        assertThat(SubscriberCodeOptions.of(form("subscriberCodesWithMeter"))).isEqualTo(SubscriberCodeOptions.WITH_METER);
        assertThat(SubscriberCodeOptions.of(form("myCodes"))).as("unknown: every code, as before").isEqualTo(SubscriberCodeOptions.ALL);
        assertThat(SubscriberCodeOptions.of(CamundaForm.parse("{\"id\": \"Form_NoCode\", \"components\": []}")))
                .isEqualTo(SubscriberCodeOptions.ALL);
    }

    @Test
    void eachOffersItsCodesAndSaysWhyAnotherIsRefused() {
        assertThat(SubscriberCodeOptions.ALL.offers(WITH_METER)).isTrue();
        assertThat(SubscriberCodeOptions.ALL.offers(WITHOUT_METER)).isTrue();
        assertThat(SubscriberCodeOptions.WITHOUT_METER.offers(WITHOUT_METER)).isTrue();
        assertThat(SubscriberCodeOptions.WITHOUT_METER.offers(WITH_METER)).isFalse();
        assertThat(SubscriberCodeOptions.WITH_METER.offers(WITH_METER)).isTrue();
        assertThat(SubscriberCodeOptions.WITH_METER.offers(WITHOUT_METER)).isFalse();
        assertThat(SubscriberCodeOptions.WITHOUT_METER.refusalCode()).isEqualTo("activeMeter");
        assertThat(SubscriberCodeOptions.WITHOUT_METER.refusal()).startsWith("Bu xidmət yalnız sayğacı olmayan")
                .contains(" / This service is only for subscribers without a meter");
        assertThat(SubscriberCodeOptions.WITH_METER.refusalCode()).isEqualTo("noActiveMeter");
    }

    private static CamundaForm form(String valuesKey) {
        return CamundaForm.parse("""
                {"id": "Form_Test", "components": [{"type": "select", "key": "subscriberCode", "label": "Abonent kodu",
                 "valuesKey": "%s"}]}""".formatted(valuesKey));
    }

    private static Subscriber withMeter() {
        Subscriber subscriber = new Subscriber("10000002", Utility.AZERSU, "1AB2C3D", "Rəşad Əliyev", "Bakı, Nəsimi r.",
                "Nəsimi");
        subscriber.registerMeter("AZ-2019-77345", Instant.parse("2019-05-14T09:00:00Z"));
        return subscriber;
    }
}
