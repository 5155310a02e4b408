package az.muraciet.portal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.muraciet.casefile.Applications;
import az.muraciet.portal.PortalBrowser;
import az.muraciet.security.DemoCitizens;

/**
 * "Müraciət et" as the citizen meets it: the service's own form file with every field, their linked codes and
 * contact details filled in, and bad input answered beside the field without storing anything.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplyFormTest {

    static final String APPLY = "/services/WATER_METER_INSTALLATION/apply";
    static final String FORM_FILE = "forms/water-meter-installation-application.form";
    static final String FORM = "form.application-form";

    @Autowired MockMvc mvc;
    @Autowired Applications applications;
    @Autowired RuntimeService runtime;
    @Autowired az.muraciet.identity.CitizenAccounts citizens;

    @Test
    void theFormIsTheServicesOwnFormFileWithEveryFieldAndOption() throws Exception {
        JsonNode formFile = new ObjectMapper().readTree(new ClassPathResource(FORM_FILE).getInputStream());

        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).open(APPLY).doc();

        Element form = page.selectFirst(FORM);
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        Set<String> rendered = new LinkedHashSet<>(form.select("input[name], select[name], textarea[name]").eachAttr("name"));
        rendered.removeAll(Set.of("_csrf", "_draft")); // the page's own hidden fields
        assertThat(rendered).as("every field of %s, and nothing else", FORM_FILE)
                .containsExactlyInAnyOrderElementsOf(keysOf(formFile.path("components")));
        for (JsonNode component : inputs(formFile.path("components"))) {
            String key = component.path("key").asText();
            Element field = form.selectFirst("[name=" + key + "]");
            assertThat(form.selectFirst("label[for=" + field.id() + "]").text()).as(key)
                    .startsWith(component.path("label").asText());
            for (JsonNode option : component.path("values")) {
                assertThat(form.select("[name=" + key + "] option[value=" + option.path("value").asText() + "]").text())
                        .as("option %s of %s", option.path("value").asText(), key)
                        .isEqualTo(option.path("label").asText());
            }
        }
        assertThat(page.select("script")).isEmpty();
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Müraciət et");
    }

    @Test
    void theCodesOfferedAreTheCitizensLinkedOnesAndTheContactDetailsAreFilledIn() throws Exception {
        Document page = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).open(APPLY).doc();

        var codes = page.select("select[name=subscriberCode] option:not([value=''])");
        assertThat(codes.eachAttr("value")).as("10000001 is his in the registry but not linked").containsExactly("10000002");
        assertThat(codes.first().text()).isEqualTo("10000002 — Bakı, Nəsimi r., Füzuli küç. 48, m. 17");
        assertThat(codes.first().hasAttr("selected")).as("his only code is chosen").isTrue();
        assertThat(page.selectFirst("input[name=phone]").val()).isEqualTo("+994501234567");
        assertThat(page.selectFirst("input[name=email]").val()).isEqualTo("resad.aliyev@example.az");
    }

    @Test
    void aCitizenWithoutALinkedCodeForTheUtilityIsSentToTheProfile() throws Exception {
        // Günel has no codes, but no contact details either: the portal would send her to first login (/welcome).
        // A citizen of this test's own, past first login and without codes:
        String fin = "0NC0DE5";
        if (!citizens.existsById(fin)) {
            az.muraciet.identity.Citizen citizen = new az.muraciet.identity.Citizen(fin, "Nərmin", "Kərimova", null,
                    "+994502223344", java.time.Instant.now());
            citizen.contactMobileVerified("+994502223344", java.time.Instant.now());
            citizen.emailVerified("nermin@example.az", java.time.Instant.now());
            citizens.save(citizen);
        }
        Document page = PortalBrowser.signedIn(mvc, fin).open(APPLY).doc();

        assertThat(page.select(FORM)).isEmpty();
        assertThat(page.selectFirst(".no-codes h2").text()).isEqualTo("Profilinizə bağlı abonent kodu yoxdur");
        assertThat(page.select(".no-codes a[href=/profile]")).hasSize(1);
    }

    @Test
    void anUnknownServiceIsThePortalsNotFoundPage() throws Exception {
        var answer = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).open("/services/NO_SUCH_SERVICE/apply");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.response().getContentType()).startsWith("text/html");
        Document page = answer.doc();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Səhifə tapılmadı");
        assertThat(page.select("header.site-header nav a[href=/applications]")).hasSize(1);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("az");
    }

    @Test
    void aMissingRequiredFieldAndABadPhoneAreShownBesideTheirFieldsAndNothingIsStored() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        List<Long> before = storedCases();

        var answer = rashad.submit(rashad.open(APPLY), FORM, Map.of("reason", "", "phone", "12345",
                "notes", "Həyətdəki xətt"));

        assertThat(answer.status()).isEqualTo(422);
        Document page = answer.doc();
        assertThat(page.title()).isEqualTo("Səhv: Su sayğaclarının quraşdırılması müraciəti");
        assertThat(errorBeside(page, "reason")).isEqualTo("Səhv: \"Müraciətin səbəbi\" sahəsi mütləqdir");
        assertThat(errorBeside(page, "phone")).startsWith("Səhv: \"Telefon nömrəsi\"");
        assertThat(page.select(".error-summary li a").eachAttr("href")).containsExactly("#f-reason", "#f-phone");
        assertThat(page.select(".form-field--error")).hasSize(2);
        assertThat(page.selectFirst("input[name=phone]").val()).as("as typed").isEqualTo("12345");
        assertThat(page.selectFirst("textarea[name=notes]").text()).isEqualTo("Həyətdəki xətt");
        assertThat(page.selectFirst("input[name=email]").val()).isEqualTo("resad.aliyev@example.az");
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void anEmailThatIsNoAddressIsShownBesideItsField() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        List<Long> before = storedCases();

        var answer = rashad.submit(rashad.open(APPLY), FORM, Map.of("reason", "NEW_INSTALLATION",
                "additionalMeter", "true", "email", "resad@"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(errorBeside(answer.doc(), "email")).contains("düzgün elektron poçt ünvanı deyil");
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void aFieldTheFormDoesNotHaveIsRefusedAndNothingIsStored() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        var form = rashad.open(APPLY);
        List<Long> before = storedCases();

        var answer = rashad.submit(form, FORM, Map.of("reason", "NEW_INSTALLATION", "additionalMeter", "true",
                "approvedBy", "admin"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.doc().select(".error-summary li").eachText())
                .containsExactly("Formada belə sahə yoxdur: approvedBy");
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void aCodeOfHisThatIsNotLinkedIsNotAccepted() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        List<Long> before = storedCases();

        var answer = rashad.submit(rashad.open(APPLY), FORM, Map.of("subscriberCode", "10000001",
                "reason", "NEW_INSTALLATION"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(errorBeside(answer.doc(), "subscriberCode")).contains("siyahıda yoxdur");
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void scriptAndExpressionPayloadsAreShownBackAsTextAndNeverStored() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD);
        String script = "<script>alert('x')</script>";
        String expression = "${T(java.lang.Runtime).getRuntime().exec('id')}";
        String thymeleaf = "[[${7*7}]] __${7*7}__";
        List<Long> before = storedCases();

        var answer = rashad.submit(rashad.open(APPLY), FORM, Map.of("reason", "NEW_INSTALLATION",
                "phone", expression, "notes", script + " " + thymeleaf, "email", script));

        assertThat(answer.status()).isEqualTo(422);
        Document page = answer.doc();
        assertThat(page.select("script")).isEmpty();
        assertThat(answer.html()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(page.selectFirst("input[name=phone]").val()).isEqualTo(expression);
        assertThat(page.selectFirst("input[name=email]").val()).isEqualTo(script);
        assertThat(page.selectFirst("textarea[name=notes]").text()).isEqualTo(script + " " + thymeleaf);
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        List<Long> before = storedCases();

        int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(APPLY)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(DemoCitizens.TURAL).roles("CITIZEN"))
                        .param("subscriberCode", "10000004").param("reason", "NEW_INSTALLATION")
                        .param("phone", "+994703456789").param("email", "tural.huseynov@example.az"))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void theFormSpeaksEnglishWhenTheCitizenChoseIt() throws Exception {
        PortalBrowser rashad = PortalBrowser.signedIn(mvc, DemoCitizens.RASHAD).inEnglish();
        Document page = rashad.open(APPLY).doc();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Water meter installation application");
        assertThat(page.selectFirst(FORM + " button[type=submit]").text()).isEqualTo("Apply");
        var refused = rashad.submit(rashad.open(APPLY), FORM, Map.of("reason", "NEW_INSTALLATION",
                "additionalMeter", "true", "approvedBy", "x")).doc();
        assertThat(refused.select(".error-summary li").eachText()).containsExactly("The form has no such field: approvedBy");
    }

    /** Case rows and process instances: neither may grow when input is refused. */
    private List<Long> storedCases() {
        return List.of(applications.count(), runtime.createProcessInstanceQuery().count());
    }

    static String errorBeside(Document page, String name) {
        Element field = page.selectFirst("[name=" + name + "]").closest(".form-field");
        assertThat(field).as("field %s", name).isNotNull();
        assertThat(field.hasClass("form-field--error")).as("%s marked as wrong", name).isTrue();
        return field.selectFirst(".field-error").text();
    }

    private static Set<String> keysOf(JsonNode components) {
        Set<String> keys = new LinkedHashSet<>();
        inputs(components).forEach(c -> keys.add(c.path("key").asText()));
        return keys;
    }

    private static List<JsonNode> inputs(JsonNode components) {
        List<JsonNode> inputs = new ArrayList<>();
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                inputs.add(component);
            }
            inputs.addAll(inputs(component.path("components")));
        }
        return inputs;
    }
}
