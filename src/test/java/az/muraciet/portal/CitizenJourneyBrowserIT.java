package az.muraciet.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import az.muraciet.browser.Browser;
import az.muraciet.browser.Tasklist;
import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.inventory.MeterStock;
import az.muraciet.process.CaseScenarios;
import az.muraciet.security.DemoCitizens;

/**
 * The whole journey in a real browser: Rəşad logs in with the code the SMS gateway (WireMock) received, adds his
 * subscriber code, applies for a meter installation through the service's own form, confirms and sees his number;
 * Yasamal's employees work the case in Tasklist; Rəşad watches the timeline move and downloads the act. Every portal
 * page is saved as a screenshot and must leave the browser console without errors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "muraciet.sms-gateway.type=http",
        "muraciet.sms-gateway.username=muraciet",
        "muraciet.sms-gateway.password=secret" })
class CitizenJourneyBrowserIT {

    static final String RASHADS_LOGIN_MOBILE = "994501234567";
    static final String YASAMAL_NO_METER = "10000001";
    static final String MY_TASKS = "Mənim tapşırıqlarım";
    static final String MY_DEPARTMENT = "Struktur bölməmin tapşırıqları";
    static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    static final Pattern NUMBER = Pattern.compile("AS-\\d{4}-\\d{6}");
    static final ObjectMapper JSON = new ObjectMapper();
    static final WireMockServer smsGateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        smsGateway.start();
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("muraciet.sms-gateway.url", smsGateway::baseUrl);
    }

    @AfterAll
    static void stopGateway() {
        smsGateway.stop();
    }

    @Autowired CaseScenarios cases;
    @Autowired Applications applications;
    @Autowired MeterStock stock;

    private final Tasklist tasklist = new Tasklist(browser);

    @BeforeEach
    void gatewayAnswersAndStockIsThere() {
        smsGateway.resetAll();
        smsGateway.stubFor(WireMock.post(urlEqualTo("/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messageId\":\"" + UUID.randomUUID() + "\"}")));
        stock.setAvailable("azersu-yasamal", 5);
    }

    @Test
    void aCitizenAppliesConfirmsFollowsTheCaseAndDownloadsTheAct() throws IOException {
        logIn();
        String number = applyAndConfirm();
        Application registered = applications.findByNumber(number).orElseThrow();
        assertThat(registered.status()).isEqualTo("REGISTERED");
        cases.runDueJobs();

        openCase(number, "01-registered");
        assertThat(timeline()).contains("REGISTERED", "FORWARDED");

        employeesInstallTheMeter(number);

        // the employees used this browser too, and Tasklist's log-out ends the session the citizen shared with it
        logIn();
        openCase(number, "02-completed");
        assertThat(timeline()).contains("REGISTERED", "FORWARDED", "EXECUTOR_ASSIGNED", "ACT_DRAWN_UP", "COMPLETED");
        browser.click(By.cssSelector("a[href$='/act.pdf']"));
        try (PDDocument act = Loader.loadPDF(browser.downloaded(".pdf"))) {
            String text = new PDFTextStripper().getText(act);
            assertThat(text).contains(YASAMAL_NO_METER).contains("AZ-2026-7202").contains("PL-7202");
        }

        browser.open("/notifications");
        browser.visible(By.cssSelector("main h1"));
        browser.screenshot("notifications");
        assertThat(browser.driver().findElement(By.id("main")).getText()).contains(number);
        browser.assertNoConsoleErrors();
    }

    @Test
    void theSiteRemembersLargeTextHighContrastAndEnglishAcrossPages() {
        browser.open("/services");
        browser.click(By.cssSelector(".preferences button[name=textSize]"));
        browser.click(By.cssSelector(".preferences button[name=contrast]"));
        browser.click(By.cssSelector(".preferences button[name=language]"));
        browser.visible(By.cssSelector("html.text-large.contrast-high"));
        browser.screenshot("services-large-high-contrast-english");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("E-services");

        browser.open("/login");
        browser.visible(By.cssSelector("html.text-large.contrast-high[lang=en]"));
        browser.screenshot("login-large-high-contrast-english");
        browser.assertNoConsoleErrors();
    }

    private void logIn() {
        browser.open("/applications");
        browser.visible(By.id("fin")).sendKeys(DemoCitizens.RASHAD.toLowerCase());
        browser.screenshot("login");
        browser.click(By.cssSelector("form[action='/login'] button[type=submit]"));
        WebElement code = browser.visible(By.id("code"));
        browser.screenshot("login-code");
        code.sendKeys(lastCodeSentTo(RASHADS_LOGIN_MOBILE));
        browser.click(By.cssSelector("form[action='/login/code'] button[type=submit]"));
        browser.until(ExpectedConditions.urlContains("/applications"));
        browser.screenshot("applications-before");
        browser.assertNoConsoleErrors();
    }

    private String applyAndConfirm() {
        browser.open("/profile/codes/new");
        browser.visible(By.id("code")).sendKeys(YASAMAL_NO_METER);
        browser.screenshot("profile-add-code");
        browser.click(By.cssSelector("form[action='/profile/codes/new'] button[type=submit]"));
        browser.visible(By.id("subscriber"));
        browser.screenshot("profile-confirm-code");
        browser.click(By.cssSelector("form[action='/profile/codes'] button[type=submit]"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), YASAMAL_NO_METER));
        browser.screenshot("profile");

        browser.open("/services");
        browser.screenshot("services");
        browser.click(By.cssSelector("a[href='/services/WATER_METER_INSTALLATION/apply']"));
        new Select(browser.visible(By.id("f-subscriberCode"))).selectByValue(YASAMAL_NO_METER);
        new Select(browser.visible(By.id("f-reason"))).selectByIndex(1);
        assertThat(browser.driver().findElement(By.id("f-phone")).getDomProperty("value")).isNotBlank();
        assertThat(browser.driver().findElement(By.id("f-email")).getDomProperty("value")).isNotBlank();
        browser.driver().findElement(By.id("f-notes")).sendKeys("Sayğac mətbəxdə quraşdırılsın");
        browser.screenshot("apply");
        browser.click(By.xpath("//main//form[contains(@action,'/apply')]//button[@type='submit']"));

        browser.until(ExpectedConditions.urlMatches("/applications/[^/]+/confirm"));
        browser.screenshot("confirm");
        browser.click(By.cssSelector("form[action$='/confirm'] button[type=submit]"));
        WebElement registered = browser.visible(By.cssSelector(".notice.registered"));
        browser.screenshot("registered");
        assertThat(registered.getText()).contains("Müraciətiniz qeydiyyata alındı").contains("Müraciət nömrəniz:");
        Matcher number = NUMBER.matcher(registered.getText());
        assertThat(number.find()).as(registered.getText()).isTrue();
        browser.assertNoConsoleErrors();
        return number.group();
    }

    private void employeesInstallTheMeter(String number) {
        tasklist.logIn("leyla", "demo");
        tasklist.openTask(MY_DEPARTMENT, "İcraçı təyin et", number)
                .claim()
                .select("Field_executor", "Rauf Quliyev (rauf)")
                .complete();
        tasklist.logOut();
        cases.runDueJobs();

        tasklist.logIn("rauf", "demo");
        tasklist.openTask(MY_TASKS, "Baxışın nəticəsini qeyd et", number)
                .choose("Field_visitOutcome", "Sayğac quraşdırıldı")
                .type("Field_meterSerial", "AZ-2026-7202")
                .type("Field_initialReading", "0.010")
                .type("Field_sealNumber", "PL-7202")
                .complete();
        tasklist.openTask(MY_TASKS, "Quraşdırma aktını tərtib et", number)
                .date("Field_actDate", LocalDate.now())
                .check("Field_subscriberAcknowledged")
                .complete();
        tasklist.logOut();
        cases.runDueJobs();
    }

    private void openCase(String number, String screenshot) {
        browser.open("/applications");
        browser.click(By.partialLinkText(number));
        browser.visible(By.cssSelector("ol.timeline"));
        browser.screenshot("case-" + screenshot);
        browser.assertNoConsoleErrors();
    }

    private List<String> timeline() {
        return browser.driver().findElements(By.cssSelector("ol.timeline li")).stream()
                .map(step -> step.getDomAttribute("data-status")).toList();
    }

    private static String lastCodeSentTo(String phone) {
        List<JsonNode> sms = smsGateway.findAll(postRequestedFor(urlEqualTo("/messages"))).stream().map(request -> {
            try {
                return JSON.readTree(request.getBodyAsString());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).filter(message -> message.path("to").asText().equals(phone))
                // the case's own status SMS go to the same phone, and "AS-2026-000001" has six digits too
                .filter(message -> message.path("text").asText().contains("giriş kodu")).toList();
        assertThat(sms).as("SMS to " + phone).isNotEmpty();
        Matcher code = CODE.matcher(sms.get(sms.size() - 1).path("text").asText());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
