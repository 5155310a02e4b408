package az.muraciet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An HTML post read as the typed values a JSON client would send, so the same validator judges both. */
class FormParametersTest {

    static final CamundaForm FORM = CamundaForm.parse("""
            {"id": "Form_Parameters", "components": [
              {"type": "textfield", "key": "name", "label": "Ad"},
              {"type": "textarea", "key": "notes", "label": "Qeyd"},
              {"type": "number", "key": "rooms", "label": "Otaq sayı"},
              {"type": "checkbox", "key": "agree", "label": "Razıyam"},
              {"type": "checkbox", "key": "extra", "label": "Əlavə"},
              {"type": "checklist", "key": "days", "label": "Günlər",
               "values": [{"label": "B.e.", "value": "MON"}, {"label": "Ç.a.", "value": "TUE"}]},
              {"type": "select", "key": "reason", "label": "Səbəb", "values": [{"label": "Yeni", "value": "NEW"}]},
              {"type": "textfield", "key": "registryName", "label": "Reyestr", "readonly": true}
            ]}""");

    @Test
    void valuesAreTypedByTheFieldsOfTheForm() {
        Map<String, Object> values = FormParameters.values(FORM, Map.of(
                "name", List.of("  Rəşad  "),
                "notes", List.of("birinci sətir\r\nikinci sətir"),
                "rooms", List.of("3"),
                "agree", List.of("true"),
                "days", List.of("MON", "TUE"),
                "reason", List.of("NEW")), Set.of());

        assertThat(values).containsEntry("name", "Rəşad")
                .containsEntry("notes", "birinci sətir\nikinci sətir")
                .containsEntry("rooms", new BigDecimal("3"))
                .containsEntry("agree", true)
                .containsEntry("extra", false)
                .containsEntry("days", List.of("MON", "TUE"))
                .containsEntry("reason", "NEW");
    }

    @Test
    void aDecimalCommaIsANumberAndWhatIsNoNumberStaysAsTypedForTheValidatorToName() {
        assertThat(FormParameters.values(FORM, Map.of("rooms", List.of("2,5")), Set.of()).get("rooms"))
                .isEqualTo(new BigDecimal("2.5"));
        Map<String, Object> values = FormParameters.values(FORM, Map.of("rooms", List.of("üç"), "agree", List.of("bəli")),
                Set.of());
        assertThat(values).containsEntry("rooms", "üç").containsEntry("agree", "bəli");
        assertThat(new FormValidator().validate(FORM, values)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("rooms", "type"),
                        org.assertj.core.groups.Tuple.tuple("agree", "type"));
    }

    @Test
    void blankValuesAreNotFilledInAndAnUntickedBoxIsFalse() {
        Map<String, Object> values = FormParameters.values(FORM, Map.of("name", List.of("   "), "rooms", List.of(""),
                "days", List.of("")), Set.of());

        assertThat(values).doesNotContainKeys("name", "rooms", "days", "notes", "reason")
                .containsEntry("agree", false).containsEntry("extra", false);
    }

    @Test
    void aRepeatedSingleValueIsAListTheValidatorRefuses() {
        Map<String, Object> values = FormParameters.values(FORM, Map.of("reason", List.of("NEW", "NEW")), Set.of());

        assertThat(values.get("reason")).isEqualTo(List.of("NEW", "NEW"));
        assertThat(new FormValidator().validate(FORM, values)).extracting(FieldViolation::field).containsExactly("reason");
    }

    @Test
    void otherParametersAreKeptForTheIntakeToRefuseExceptThePagesOwnAndReadOnlyFieldsAreNotRead() {
        Map<String, Object> values = FormParameters.values(FORM, Map.of("_csrf", List.of("token"),
                "approvedBy", List.of("admin"), "roles", List.of("a", "b"), "registryName", List.of("Saxta")),
                Set.of("_csrf"));

        assertThat(values).containsEntry("approvedBy", "admin").containsEntry("roles", List.of("a", "b"))
                .doesNotContainKeys("_csrf", "registryName");
    }
}
