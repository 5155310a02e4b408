package az.muraciet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gsm7TransliterationTest {

    @Test
    void writesTheAzerbaijaniLettersOutsideGsm7InLatin() {
        assertThat(Gsm7Transliteration.apply("əƏşŞğĞıİçÇ")).isEqualTo("eEsSgGiIcC");
        assertThat(Gsm7Transliteration.apply("Müraciətiniz qeydiyyata alındı. Müraciət nömrəniz: AS-2026-000123"))
                .isEqualTo("Müraciətiniz qeydiyyata alındı. Müraciət nömrəniz: AS-2026-000123".replace("ə", "e").replace("ı", "i"));
    }

    @Test
    void keepsÖAndÜWhichAreGsm7() {
        assertThat(Gsm7Transliteration.apply("Gülnarə Öztürk")).isEqualTo("Gülnare Öztürk");
    }

    @Test
    void keepsWhatGsm7AlreadyHasIncludingTheExtensionTable() {
        String gsm = "@£$¥èéùìò\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà€[]{}|^~\\";

        assertThat(Gsm7Transliteration.apply(gsm)).isEqualTo(gsm);
    }

    @Test
    void writesTypographyInAscii() {
        assertThat(Gsm7Transliteration.apply("“Su sayğacı” — «tələb» ‘x’ 1–2\u00a0m…\tok"))
                .isEqualTo("\"Su saygaci\" - \"teleb\" 'x' 1-2 m... ok");
    }

    @Test
    void dropsAccentsOfOtherLettersAndWritesTheRestAsAQuestionMark() {
        assertThat(Gsm7Transliteration.apply("ĀčŝÿŐ")).isEqualTo("AcsyO");
        assertThat(Gsm7Transliteration.apply("Ж🙂")).isEqualTo("??");
    }

    @Test
    void theResultIsAlwaysGsm7() {
        String anything = "Əliyeva Səbinə – “İmtina” ✓ 🙂 Ж ł";

        assertThat(SmsSegments.of(Gsm7Transliteration.apply(anything)).encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
    }
}
