package az.muraciet.intake;

import java.util.Arrays;
import java.util.function.Predicate;

import az.muraciet.forms.CamundaForm;
import az.muraciet.subscriber.Subscriber;

/**
 * Which of the citizen's subscriber codes a service's start form offers, chosen by the analyst as the options source
 * ({@code valuesKey}) of the form's {@code subscriberCode} field: every code, only codes without an active meter
 * (e.g. suspending the supply of a subscriber billed by the norm), or only codes with one. The portal offers exactly
 * these codes, and the intake refuses any other with the reason.
 */
public enum SubscriberCodeOptions {

    /** Every code of the citizen for the service's utility. */
    ALL("subscriberCodes", subscriber -> true, "notAnOption",
            "Bu abonent kodu seçilə bilməz / This subscriber code cannot be chosen"),
    /** Codes without an active meter. */
    WITHOUT_METER("subscriberCodesWithoutMeter", subscriber -> !subscriber.hasActiveMeter(), "activeMeter",
            "Bu xidmət yalnız sayğacı olmayan abonentlər üçündür, bu abonent kodu üzrə aktiv sayğac var / "
                    + "This service is only for subscribers without a meter; this subscriber code has an active meter"),
    /** Codes with an active meter. */
    WITH_METER("subscriberCodesWithMeter", Subscriber::hasActiveMeter, "noActiveMeter",
            "Bu xidmət yalnız sayğacı olan abonentlər üçündür, bu abonent kodu üzrə aktiv sayğac yoxdur / "
                    + "This service is only for subscribers with a meter; this subscriber code has no active meter");

    /** The start form's field holding the chosen subscriber code. */
    public static final String FIELD = "subscriberCode";

    private final String valuesKey;
    private final Predicate<Subscriber> offers;
    private final String refusalCode;
    private final String refusal;

    SubscriberCodeOptions(String valuesKey, Predicate<Subscriber> offers, String refusalCode, String refusal) {
        this.valuesKey = valuesKey;
        this.offers = offers;
        this.refusalCode = refusalCode;
        this.refusal = refusal;
    }

    /** What the form's subscriber field offers; a field without a known options source offers every code. */
    public static SubscriberCodeOptions of(CamundaForm form) {
        String key = form.field(FIELD).map(CamundaForm.Field::valuesKey).orElse(null);
        return Arrays.stream(values()).filter(options -> options.valuesKey.equals(key)).findFirst().orElse(ALL);
    }

    /** The name under which the form expects the list of codes ({@code valuesKey}). */
    public String valuesKey() {
        return valuesKey;
    }

    public boolean offers(Subscriber subscriber) {
        return offers.test(subscriber);
    }

    /** The error code beside {@code subscriberCode} when a code the form does not offer is sent. */
    public String refusalCode() {
        return refusalCode;
    }

    /** "Azerbaijani / English", as the intake's other messages. */
    public String refusal() {
        return refusal;
    }
}
