package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import az.muraciet.notification.SmsSegments.Encoding;

class SmsSegmentsTest {

    @ParameterizedTest(name = "{0} GSM-7 characters → {1} segments")
    @CsvSource({ "1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4" })
    void gsm7HoldsOneHundredSixtyAloneAndOneHundredFiftyThreeAPartWhenConcatenated(int length, int segments) {
        SmsSegments sms = SmsSegments.of("a".repeat(length));

        assertThat(sms.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(sms.units()).isEqualTo(length);
        assertThat(sms.count()).isEqualTo(segments);
    }

    @ParameterizedTest(name = "{0} UCS-2 characters → {1} segments")
    @CsvSource({ "1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4" })
    void ucs2HoldsSeventyAloneAndSixtySevenAPartWhenConcatenated(int length, int segments) {
        SmsSegments sms = SmsSegments.of("ə".repeat(length));

        assertThat(sms.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(sms.units()).isEqualTo(length);
        assertThat(sms.count()).isEqualTo(segments);
    }

    @Test
    void extensionCharactersTakeTwoSeptets() {
        assertThat(SmsSegments.of("€").units()).isEqualTo(2);
        assertThat(SmsSegments.of("[]{}|^~\\").units()).isEqualTo(16);
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.of("€".repeat(80) + "a").count()).isEqualTo(2);
        assertThat(SmsSegments.of("[" + "a".repeat(159)).count()).isEqualTo(2);
    }

    @Test
    void anExtensionCharacterIsNotSplitBetweenSegments() {
        String text = "a".repeat(152) + "€" + "a".repeat(10);

        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(Encoding.GSM_7, 164, 2));
        assertThat(SmsSegments.of(text + "a".repeat(142)).count()).as("153 septets in the second part plus the € moved")
                .isEqualTo(3);
    }

    @Test
    void aSurrogatePairCountsTwoUnitsAndIsNotSplitBetweenSegments() {
        assertThat(SmsSegments.of("🙂")).isEqualTo(new SmsSegments(Encoding.UCS_2, 2, 1));
        assertThat(SmsSegments.of("ə".repeat(68) + "🙂").count()).isOne();
        assertThat(SmsSegments.of("ə".repeat(69) + "🙂").count()).isEqualTo(2);
        assertThat(SmsSegments.of("ə".repeat(66) + "🙂" + "ə".repeat(66)))
                .as("the pair would straddle the first part's end, so it opens the second")
                .isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 3));
    }

    @Test
    void azerbaijaniLettersOutsideGsm7MakeTheWholeTextUcs2() {
        assertThat(SmsSegments.of("Qeydiyyata alındı").encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.of(Gsm7Transliteration.apply("Qeydiyyata alındı")).encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.of("ş").encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.of("ğ").encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.of("İ").encoding()).isEqualTo(Encoding.UCS_2);
    }

    @Test
    void öAndÜAreGsm7() {
        assertThat(SmsSegments.of("Müraciət nömrəniz".replace("ə", "e")).encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.of("ÖÜöü").units()).isEqualTo(4);
    }

    @Test
    void lineBreaksAreGsm7AndATabIsNot() {
        assertThat(SmsSegments.of("a\r\nb").encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.of("a\tb").encoding()).isEqualTo(Encoding.UCS_2);
    }

    @Test
    void anEmptyTextStillCostsOneMessage() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 0, 1));
    }
}
