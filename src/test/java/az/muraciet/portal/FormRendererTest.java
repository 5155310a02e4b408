package az.muraciet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.CamundaForms;
import az.muraciet.forms.FieldViolation;
import az.muraciet.forms.FormValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class FormRendererTest {

    static final CamundaForms FORMS = new CamundaForms();
    static final FormValidator VALIDATOR = new FormValidator();
    static final FormRenderer RENDERER = new FormRenderer(templateEngineAsSpringBootSetsItUp(), VALIDATOR);

    static final CamundaForm APPLICATION = FORMS.require("Form_WaterMeterInstallationApplication");
    static final CamundaForm VISIT_OUTCOME = FORMS.require("Form_RecordVisitOutcome");

    static final List<Map<String, String>> SUBSCRIBER_CODES = List.of(
            Map.of("label", "1234567 — Nizami küç. 5", "value", "1234567"),
            Map.of("label", "7654321 — Füzuli küç. 12", "value", "7654321"));

    /** classpath:/templates/, .html, HTML mode, UTF-8: the defaults of Spring Boot's ThymeleafAutoConfiguration. */
    static SpringTemplateEngine templateEngineAsSpringBootSetsItUp() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    static Document render(CamundaForm form, Map<String, ?> values, List<FieldViolation> violations) {
        return Jsoup.parseBodyFragment(RENDERER.render(form, values, violations));
    }

    @Test
    void drawsEveryFieldOfTheApplicationWithItsInputTypeAndName() {
        Document html = render(APPLICATION, Map.of("subscriberCodes", SUBSCRIBER_CODES), List.of());

        assertThat(html.select("h2").text()).isEqualTo("Su sayğacının quraşdırılması üçün müraciət");
        assertThat(html.select("select[name=subscriberCode]")).hasSize(1);
        assertThat(html.select("select[name=reason]")).hasSize(1);
        assertThat(html.select("input[name=phone]").attr("type")).isEqualTo("text");
        assertThat(html.select("input[name=email]").attr("type")).isEqualTo("email");
        assertThat(html.select("textarea[name=notes]")).hasSize(1);
        assertThat(html.select("input[name=additionalMeter]").attr("type")).isEqualTo("checkbox");
        assertThat(html.select("input, select, textarea")).extracting(element -> element.attr("name"))
                .containsExactly("subscriberCode", "reason", "phone", "email", "notes", "additionalMeter");
        assertThat(html.select(".error-summary")).isEmpty();
    }

    @Test
    void labelsPointAtTheirFieldsAndDescriptionsAreLinked() {
        Document html = render(APPLICATION, Map.of(), List.of());

        for (Element input : html.select("input, select, textarea")) {
            assertThat(html.select("label[for=" + input.id() + "]")).as(input.attr("name")).hasSize(1);
        }
        Element phone = html.selectFirst("input[name=phone]");
        Element description = html.getElementById(phone.attr("aria-describedby"));
        assertThat(description.text()).isEqualTo("Məsələn: +994 50 123 45 67");
        assertThat(html.select("label[for=" + phone.id() + "]").text()).startsWith("Telefon nömrəsi");
    }

    @Test
    void offersTheFourReasonsWithTheirAzerbaijaniLabels() {
        Document html = render(APPLICATION, Map.of(), List.of());

        assertThat(html.select("select[name=reason] option[value]:not([value=''])"))
                .extracting(Element::val, Element::text)
                .containsExactly(
                        tuple("NEW_INSTALLATION", "Yeni sayğacın quraşdırılması"),
                        tuple("ADDITIONAL_METER", "Əlavə sayğacın quraşdırılması"),
                        tuple("REPLACEMENT", "Sıradan çıxmış sayğacın dəyişdirilməsi"),
                        tuple("VERIFICATION_EXPIRED", "Yoxlama müddəti bitmiş sayğacın dəyişdirilməsi"));
        assertThat(html.select("select[name=reason] option").first().val()).isEmpty();
    }

    @Test
    void offersTheSubscriberCodesFoundAtTheValuesKey() {
        Document html = render(APPLICATION, Map.of("subscriberCodes", SUBSCRIBER_CODES), List.of());

        assertThat(html.select("select[name=subscriberCode] option:not([value=''])"))
                .extracting(Element::val, Element::text)
                .containsExactly(
                        tuple("1234567", "1234567 — Nizami küç. 5"),
                        tuple("7654321", "7654321 — Füzuli küç. 12"));
    }

    @Test
    void marksRequiredFieldsAndCarriesTheRulesAsAttributes() {
        Document html = render(APPLICATION, Map.of(), List.of());

        for (String name : List.of("subscriberCode", "reason", "phone", "email")) {
            Element field = html.selectFirst("[name=" + name + "]");
            assertThat(field.hasAttr("required")).as(name).isTrue();
            assertThat(html.select("label[for=" + field.id() + "] .required-marker")).as(name).hasSize(1);
        }
        Element notes = html.selectFirst("textarea[name=notes]");
        assertThat(notes.hasAttr("required")).isFalse();
        assertThat(html.select("label[for=" + notes.id() + "] .required-marker")).isEmpty();
        assertThat(notes.attr("maxlength")).isEqualTo("1000");
        assertThat(html.selectFirst("input[name=phone]").attr("maxlength")).isEqualTo("20");
        assertThat(html.selectFirst("input[name=phone]").attr("pattern")).startsWith("^(?:\\+?994");
    }

    @Test
    void showsTheSubmittedValuesAgain() {
        Map<String, Object> submitted = Map.of(
                "subscriberCodes", SUBSCRIBER_CODES,
                "subscriberCode", "7654321",
                "reason", "REPLACEMENT",
                "phone", "+994 50 123 45 67",
                "email", "aysel@example.az",
                "notes", "Sayğac zirzəmidədir.\nZəng edin.",
                "additionalMeter", true);

        Document html = render(APPLICATION, submitted, List.of());

        assertThat(html.select("select[name=subscriberCode] option[selected]").val()).isEqualTo("7654321");
        assertThat(html.select("select[name=reason] option[selected]").val()).isEqualTo("REPLACEMENT");
        assertThat(html.selectFirst("input[name=phone]").val()).isEqualTo("+994 50 123 45 67");
        assertThat(html.selectFirst("input[name=email]").val()).isEqualTo("aysel@example.az");
        assertThat(html.selectFirst("textarea[name=notes]").val()).isEqualTo("Sayğac zirzəmidədir.\nZəng edin.");
        assertThat(html.selectFirst("input[name=additionalMeter]").hasAttr("checked")).isTrue();
    }

    @Test
    void showsEachViolationBesideItsFieldAndInTheSummary() {
        Map<String, Object> submitted = Map.of("reason", "NEW_INSTALLATION", "phone", "12", "email", "aysel@example.az");
        List<FieldViolation> violations = VALIDATOR.validate(APPLICATION, submitted);
        assertThat(violations).extracting(FieldViolation::field).containsExactly("subscriberCode", "phone");

        Document html = render(APPLICATION, submitted, violations);

        Element phone = html.selectFirst("input[name=phone]");
        assertThat(phone.attr("aria-invalid")).isEqualTo("true");
        Element phoneError = html.getElementById(phone.id() + "-error");
        assertThat(phoneError.attr("role")).isEqualTo("alert");
        assertThat(phoneError.text()).contains("\"Telefon nömrəsi\" düzgün formatda deyil");
        assertThat(phone.attr("aria-describedby").split(" ")).contains(phoneError.id());
        assertThat(phone.parent().select(".field-error")).containsExactly(phoneError);

        Element email = html.selectFirst("input[name=email]");
        assertThat(email.hasAttr("aria-invalid")).isFalse();
        assertThat(email.parent().select(".field-error")).isEmpty();

        Elements links = html.select(".error-summary a");
        assertThat(links).extracting(Element::text).containsExactly(
                "\"Abonent kodu\" sahəsi mütləqdir", "\"Telefon nömrəsi\" düzgün formatda deyil");
        assertThat(links).extracting(link -> link.attr("href"))
                .containsExactly("#" + html.selectFirst("select[name=subscriberCode]").id(), "#" + phone.id());
        assertThat(html.selectFirst(".camunda-form").child(0).hasClass("error-summary")).isTrue();
    }

    @Test
    void escapesWhatTheUserTyped() {
        String script = "<script>alert(1)</script>";
        Map<String, Object> submitted = Map.of("notes", script, "phone", "\"><script>alert(1)</script>");
        List<FieldViolation> violations =
                List.of(new FieldViolation("notes", FieldViolation.PATTERN, "Səhv: " + script));

        String rendered = RENDERER.render(APPLICATION, submitted, violations);

        assertThat(rendered).doesNotContain("<script>");
        Document html = Jsoup.parseBodyFragment(rendered);
        assertThat(html.select("script")).isEmpty();
        assertThat(html.selectFirst("textarea[name=notes]").val()).isEqualTo(script);
        assertThat(html.selectFirst("input[name=phone]").val()).isEqualTo("\"><script>alert(1)</script>");
        assertThat(html.select(".error-summary a").text()).isEqualTo("Səhv: " + script);
    }

    @Test
    void leavesOutTheMeterFieldsWhenTheLineIsUnsuitable() {
        Document html = render(VISIT_OUTCOME, Map.of("visitOutcome", "UNSUITABLE_LINE"), List.of());

        assertThat(html.select("[name=meterSerial], [name=initialReading], [name=sealNumber]")).isEmpty();
        assertThat(html.select("input[name=visitOutcome][checked]").val()).isEqualTo("UNSUITABLE_LINE");
        assertThat(html.select("textarea[name=visitNotes]")).hasSize(1);
    }

    @Test
    void showsTheMeterFieldsWhenTheMeterWasInstalled() {
        Document html = render(VISIT_OUTCOME, Map.of("visitOutcome", "INSTALLED", "applicationNumber", "SU-2025-000042"),
                List.of());

        assertThat(html.select("input[name=meterSerial]")).hasSize(1);
        Element reading = html.selectFirst("input[name=initialReading]");
        assertThat(reading.attr("type")).isEqualTo("number");
        assertThat(reading.attr("min")).isEqualTo("0");
        assertThat(reading.attr("max")).isEqualTo("99999");
        assertThat(reading.attr("step")).isEqualTo("0.001");
        assertThat(html.select("input[name=sealNumber]")).hasSize(1);
        Element number = html.selectFirst("input[name=applicationNumber]");
        assertThat(number.val()).isEqualTo("SU-2025-000042");
        assertThat(number.hasAttr("disabled")).isTrue();
    }

    @Test
    void groupsTheOutcomeRadiosInAFieldsetWithALegend() {
        Document html = render(VISIT_OUTCOME, Map.of(), List.of());

        Element fieldset = html.selectFirst("fieldset:has(input[name=visitOutcome])");
        assertThat(fieldset.selectFirst("legend").text()).startsWith("Baxışın nəticəsi");
        assertThat(fieldset.select("input[type=radio]")).hasSize(3);
        for (Element radio : fieldset.select("input[type=radio]")) {
            assertThat(fieldset.select("label[for=" + radio.id() + "]")).hasSize(1);
        }
        assertThat(html.select("hr")).hasSize(1);
    }

    @Test
    void drawsEveryComponentType() {
        CamundaForm form = CamundaForm.parse("""
                {"id": "Form_Everything", "components": [
                  {"type": "text", "id": "Text_intro", "text": "# Başlıq\\n\\nBirinci <b>abzas</b>\\n\\n- bir\\n- iki"},
                  {"type": "textfield", "key": "name", "label": "Ad", "defaultValue": "Aysel",
                   "validate": {"minLength": 2, "maxLength": 50}},
                  {"type": "textarea", "key": "comment", "label": "Şərh", "readonly": true},
                  {"type": "number", "key": "count", "label": "Say", "validate": {"min": 1, "max": 9}},
                  {"type": "select", "key": "colour", "label": "Rəng", "defaultValue": "blue",
                   "values": [{"label": "Qırmızı", "value": "red"}, {"label": "Mavi", "value": "blue"}]},
                  {"type": "radio", "key": "size", "label": "Ölçü",
                   "values": [{"label": "Kiçik", "value": "S"}, {"label": "Böyük", "value": "L"}]},
                  {"type": "checkbox", "key": "agree", "label": "Razıyam", "validate": {"required": true}},
                  {"type": "checklist", "key": "days", "label": "Günlər",
                   "values": [{"label": "Bazar ertəsi", "value": "MON"}, {"label": "Çərşənbə axşamı", "value": "TUE"}]},
                  {"type": "datetime", "key": "visitDate", "subtype": "date", "dateLabel": "Baxış tarixi"},
                  {"type": "spacer", "id": "Spacer_1"},
                  {"type": "separator", "id": "Separator_1"},
                  {"type": "group", "id": "Group_address", "label": "Ünvan", "path": "address", "components": [
                    {"type": "textfield", "key": "street", "label": "Küçə", "validate": {"required": true}}
                  ]},
                  {"type": "group", "id": "Group_hidden", "label": "Gizli", "conditional": {"hide": "=true"},
                   "components": [{"type": "textfield", "key": "secret", "label": "Gizli sahə"}]}
                ]}""");

        Document html = render(form, Map.of("days", List.of("TUE"), "address", Map.of("street", "Nizami")), List.of());

        Element intro = html.selectFirst(".form-text");
        assertThat(intro.select("h2").text()).isEqualTo("Başlıq");
        assertThat(intro.select("p").text()).isEqualTo("Birinci <b>abzas</b>");
        assertThat(intro.select("b")).isEmpty();
        assertThat(intro.select("ul li")).extracting(Element::text).containsExactly("bir", "iki");

        Element name = html.selectFirst("input[name=name]");
        assertThat(name.attr("type")).isEqualTo("text");
        assertThat(name.val()).isEqualTo("Aysel");
        assertThat(name.attr("minlength")).isEqualTo("2");
        assertThat(name.attr("maxlength")).isEqualTo("50");
        assertThat(html.selectFirst("textarea[name=comment]").hasAttr("readonly")).isTrue();
        Element count = html.selectFirst("input[name=count]");
        assertThat(count.attr("type")).isEqualTo("number");
        assertThat(count.attr("min")).isEqualTo("1");
        assertThat(count.attr("max")).isEqualTo("9");
        assertThat(html.select("select[name=colour] option[selected]").val()).isEqualTo("blue");
        assertThat(html.select("fieldset:has(> legend:contains(Ölçü)) input[type=radio][name=size]")).hasSize(2);
        Element agree = html.selectFirst("input[name=agree]");
        assertThat(agree.attr("type")).isEqualTo("checkbox");
        assertThat(agree.hasAttr("required")).isTrue();
        assertThat(agree.hasAttr("checked")).isFalse();
        Elements days = html.select("fieldset:has(> legend:contains(Günlər)) input[type=checkbox]");
        assertThat(days).extracting(day -> day.attr("name")).containsExactly("days", "days");
        assertThat(days).extracting(Element::val).containsExactly("MON", "TUE");
        assertThat(days).extracting(day -> day.hasAttr("checked")).containsExactly(false, true);
        Element visitDate = html.selectFirst("input[name=visitDate]");
        assertThat(visitDate.attr("type")).isEqualTo("date");
        assertThat(html.select("label[for=" + visitDate.id() + "]").text()).isEqualTo("Baxış tarixi");
        assertThat(html.select(".form-spacer")).hasSize(1);
        assertThat(html.select("hr.form-separator")).hasSize(1);
        Element address = html.selectFirst("fieldset.form-group");
        assertThat(address.selectFirst("legend").text()).isEqualTo("Ünvan");
        assertThat(address.selectFirst("input[name=address.street]").val()).isEqualTo("Nizami");
        assertThat(html.select("fieldset.form-group")).hasSize(1);
        assertThat(html.select("[name=secret]")).isEmpty();
    }
}
