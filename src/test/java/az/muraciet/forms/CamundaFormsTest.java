package az.muraciet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import az.muraciet.forms.CamundaForm.Component;
import az.muraciet.forms.CamundaForm.Field;
import az.muraciet.forms.CamundaForm.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CamundaFormsTest {

    @TempDir
    Path formsDir;

    @Test
    void loadsEveryFormOfTheApplicationById() {
        CamundaForms forms = FormsFixture.FORMS;

        assertThat(forms.byId("Form_WaterMeterInstallationApplication")).isPresent();
        assertThat(forms.byId("Form_AssignExecutor")).isPresent();
        assertThat(forms.byId("Form_RecordVisitOutcome")).isPresent();
        assertThat(forms.require("Form_DrawUpAct").id()).isEqualTo("Form_DrawUpAct");
        assertThat(forms.byId("Form_Unknown")).isEmpty();
        assertThat(forms.byId(null)).isEmpty();
    }

    @Test
    void requireNamesTheUnknownFormId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FormsFixture.FORMS.require("Form_Unknown"))
                .withMessageContaining("Form_Unknown");
    }

    @Test
    void keepsOnlyInputFieldsInTheirOrder() {
        CamundaForm form = FormsFixture.FORMS.require("Form_AssignExecutor");

        assertThat(form.fields()).extracting(Field::key).containsExactly(
                "applicationNumber", "subscriberCode", "applicantName", "address", "district", "reason", "notes",
                "executor", "assignmentNote");
    }

    @Test
    void keepsTheLayoutWithLabelsDescriptionsDefaultsAndStaticText() {
        CamundaForm form = FormsFixture.FORMS.require("Form_WaterMeterInstallationApplication");

        assertThat(form.components()).extracting(Component::type, Component::key).containsExactly(
                tuple("text", null), tuple("select", "subscriberCode"), tuple("select", "reason"),
                tuple("textfield", "phone"), tuple("textfield", "email"), tuple("textarea", "notes"),
                tuple("checkbox", "additionalMeter"));
        Component heading = form.components().get(0);
        assertThat(heading.text()).isEqualTo("## Su sayğacının quraşdırılması üçün müraciət");
        Component phone = form.components().get(3);
        assertThat(phone.description()).isEqualTo("Məsələn: +994 50 123 45 67");
        assertThat(phone.row()).isEqualTo("Row_contact");
        assertThat(phone.columns()).isEqualTo(8);
        assertThat(form.components().get(2).options()).first()
                .isEqualTo(new Option("Yeni sayğacın quraşdırılması", "NEW_INSTALLATION"));
        assertThat(form.components().get(6).defaultValue()).isEqualTo(false);
    }

    @Test
    void nestsTheComponentsOfAGroupUnderIt() {
        CamundaForm form = CamundaForm.parse("""
                {"id": "Form_Group", "components": [
                  {"type": "group", "id": "Group_address", "label": "Ünvan", "path": "address",
                   "conditional": {"hide": "=noAddress"},
                   "components": [{"type": "textfield", "key": "street", "label": "Küçə", "defaultValue": "Nizami"}]}
                ]}""");

        Component group = form.components().get(0);
        assertThat(group.label()).isEqualTo("Ünvan");
        assertThat(group.hideCondition()).isEqualTo("=noAddress");
        assertThat(group.components()).extracting(Component::key, Component::defaultValue)
                .containsExactly(tuple("address.street", "Nizami"));
        assertThat(form.fields()).extracting(Field::key).containsExactly("address.street");
    }

    @Test
    void readsTheRulesOfAField() {
        Field reading = FormsFixture.FORMS.require("Form_RecordVisitOutcome").field("initialReading").orElseThrow();

        assertThat(reading.type()).isEqualTo("number");
        assertThat(reading.label()).isEqualTo("İlkin göstərici (m³)");
        assertThat(reading.required()).isTrue();
        assertThat(reading.min()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(reading.max()).isEqualByComparingTo("99999");
        assertThat(reading.decimalDigits()).isEqualTo(3);
        assertThat(reading.hideConditions())
                .containsExactly("=visitOutcome = null or visitOutcome = \"UNSUITABLE_LINE\"");
        assertThat(reading.displayOnly()).isFalse();

        Field executor = FormsFixture.FORMS.require("Form_AssignExecutor").field("executor").orElseThrow();
        assertThat(executor.valuesKey()).isEqualTo("executorOptions");
        assertThat(FormsFixture.FORMS.require("Form_AssignExecutor").field("address").orElseThrow().disabled())
                .isTrue();
    }

    @Test
    void everyFieldOfTheApplicationHasAnAzerbaijaniLabel() {
        CamundaForm application = FormsFixture.FORMS.require("Form_WaterMeterInstallationApplication");

        assertThat(application.fields()).extracting(Field::key, Field::label).containsExactly(
                tuple("subscriberCode", "Abonent kodu"),
                tuple("reason", "Müraciətin səbəbi"),
                tuple("phone", "Telefon nömrəsi"),
                tuple("email", "Elektron poçt ünvanı"),
                tuple("notes", "Müraciətlə bağlı açıqlama və əlavə qeydlər"),
                tuple("additionalMeter", "Aktiv sayğac olduqda əlavə sayğac istəyirəm"));
        assertThat(application.field("reason").orElseThrow().values())
                .containsExactly("NEW_INSTALLATION", "ADDITIONAL_METER", "REPLACEMENT", "VERIFICATION_EXPIRED");
    }

    @Test
    void brokenJsonIsRejectedNamingWhereItBreaks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CamundaForm.parse("{\"id\": \"Form_X\", \"components\": [ {\"type\": }"))
                .withMessageStartingWith("Form JSON is malformed at line 1");
    }

    @Test
    void emptyOrNonObjectJsonIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse(""))
                .withMessage("Form JSON must be an object");
        assertThatIllegalArgumentException().isThrownBy(() -> CamundaForm.parse("[]"))
                .withMessage("Form JSON must be an object");
    }

    @Test
    void aFormWithoutIdIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CamundaForm.parse("{\"type\": \"default\", \"components\": []}"))
                .withMessage("Form has no \"id\"");
    }

    @Test
    void anInputFieldWithoutKeyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CamundaForm.parse(
                        "{\"id\": \"Form_X\", \"components\": [{\"type\": \"textfield\", \"id\": \"Field_a\"}]}"))
                .withMessage("Form 'Form_X': textfield 'Field_a' has no \"key\"");
    }

    @Test
    void aComponentTheServerCannotValidateIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CamundaForm.parse("""
                        {"id": "Form_X", "components": [
                          {"type": "dynamiclist", "id": "List_meters", "path": "meters", "components": []}]}
                        """))
                .withMessageContaining("'List_meters'").withMessageContaining("dynamiclist");
    }

    @Test
    void aPatternJavaCannotCompileIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CamundaForm.parse("""
                        {"id": "Form_X", "components": [
                          {"type": "textfield", "id": "Field_a", "key": "a", "validate": {"pattern": "^[a-"}}]}
                        """))
                .withMessageContaining("field 'a'").withMessageContaining("pattern");
    }

    @Test
    void startUpFailsNamingTheBrokenFormFile() throws IOException {
        Files.writeString(formsDir.resolve("good.form"), "{\"id\": \"Form_Good\"}");
        Files.writeString(formsDir.resolve("broken.form"), "{\"id\": ");

        assertThatIllegalStateException()
                .isThrownBy(() -> new CamundaForms(formsDir.toUri() + "*.form"))
                .withMessageContaining("broken.form")
                .withMessageContaining("malformed");
    }

    @Test
    void startUpFailsWhenTwoFormFilesShareAnId() throws IOException {
        Files.writeString(formsDir.resolve("first.form"), "{\"id\": \"Form_Same\"}");
        Files.writeString(formsDir.resolve("second.form"), "{\"id\": \"Form_Same\"}");

        assertThatIllegalStateException()
                .isThrownBy(() -> new CamundaForms(formsDir.toUri() + "*.form"))
                .withMessageContaining("Form_Same")
                .withMessageContaining("first.form")
                .withMessageContaining("second.form");
    }
}
