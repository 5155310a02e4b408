package az.muraciet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Camunda Form (form-js) of the task open in {@link Tasklist}. Fields are named by their component id in the
 * {@code .form} file (Camunda Modeler: General → ID), such as {@code Field_executor}; options by the label a person sees.
 */
public final class TasklistForm {

    private static final By FORM = By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    private static final By FIELD_ERRORS = By.cssSelector("[cam-tasklist-form-camunda] .fjs-form-field-error li");
    private static final By ERROR_NOTICES = By.cssSelector(".page-notifications .alert-danger, .page-notifications .alert-error");
    // form-js's date picker takes dates as its placeholder shows them, mm/dd/yyyy, whatever the browser's locale
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Browser browser;
    private final Tasklist tasklist;
    private final String taskId;
    private final String taskName;
    private final Map<String, String> typed = new LinkedHashMap<>();

    TasklistForm(Browser browser, Tasklist tasklist, String taskId, String taskName) {
        this.browser = browser;
        this.tasklist = tasklist;
        this.taskId = taskId;
        this.taskName = taskName;
        browser.visible(FORM);
    }

    /** Claims the task for the logged-in employee unless it is assigned already; until then the form is read-only. */
    public TasklistForm claim() {
        if (!browser.driver().findElements(CLAIM).isEmpty()) {
            browser.click(CLAIM);
            tasklist.settle();
            browser.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
            browser.until(driver -> driver.findElements(By.cssSelector(".disabled-form")).isEmpty());
        }
        return this;
    }

    /** Text field, number field or text area. */
    public TasklistForm type(String field, String text) {
        typed.put(field, text);
        enter(field, text);
        return this;
    }

    public TasklistForm date(String field, LocalDate date) {
        return type(field, TYPED_DATE.format(date));
    }

    public TasklistForm select(String field, String option) {
        browser.click(By.xpath(field(field) + "//div[contains(@class, 'fjs-select-display')]"));
        browser.click(By.xpath(field(field) + "//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = "
                + XPaths.literal(option) + "]"));
        browser.until(ExpectedConditions.textToBe(By.xpath(field(field) + "//div[contains(@class, 'fjs-select-display')]"), option));
        return this;
    }

    /** Radio button. */
    public TasklistForm choose(String field, String option) {
        By radio = By.xpath(field(field) + "//label[normalize-space(.) = " + XPaths.literal(option) + "]/input[@type = 'radio']");
        browser.click(radio);
        browser.until(ExpectedConditions.elementToBeSelected(radio));
        return this;
    }

    public TasklistForm check(String field) {
        By checkbox = By.xpath(field(field) + "//input[@type = 'checkbox']");
        if (!browser.visible(checkbox).isSelected()) {
            browser.click(checkbox);
        }
        browser.until(ExpectedConditions.elementToBeSelected(checkbox));
        return this;
    }

    /** Completes the task and waits until Tasklist has let it go: no longer open, no longer in the list. */
    public void complete() {
        awaitTypedValues();
        browser.screenshot(tasklist.user() + "-" + taskName + "-filled");
        browser.click(COMPLETE);
        tasklist.settle();
        browser.until(driver -> gone() || !refusals().isEmpty());
        assertThat(refusals()).as("what Tasklist said on completing " + taskName).isEmpty();
        browser.screenshot(tasklist.user() + "-" + taskName + "-completed");
    }

    /** Clicks Complete when the form must refuse, and waits until it shows why. */
    public TasklistForm completeRefused() {
        awaitTypedValues();
        browser.click(COMPLETE);
        tasklist.settle();
        browser.visible(FIELD_ERRORS);
        browser.screenshot(tasklist.user() + "-" + taskName + "-refused");
        return this;
    }

    /** What a text or number field shows (a disabled one too). */
    public String value(String field) {
        return browser.visible(textInput(field)).getDomProperty("value");
    }

    /** Whether the form shows the field (form-js leaves a hidden field out of the page). */
    public boolean shows(String field) {
        return !browser.driver().findElements(By.xpath(field(field))).isEmpty();
    }

    /** The errors the form shows under the field. */
    public List<String> errors(String field) {
        return browser.driver().findElements(By.xpath(field(field) + "//div[contains(@class, 'fjs-form-field-error')]//li"))
                .stream().map(WebElement::getText).toList();
    }

    /** Error notices Tasklist shows over the page, such as "An error happened while submitting the task form". */
    public List<String> notices() {
        return browser.driver().findElements(ERROR_NOTICES).stream().map(TasklistForm::notice).toList();
    }

    private static String notice(WebElement alert) {
        String status = alert.findElement(By.cssSelector(".status")).getText();
        String message = alert.findElement(By.cssSelector(".message")).getText();
        return message.isBlank() ? status : status + ": " + message;
    }

    /**
     * XPath of the form field, found by the ids form-js derives from the component id: {@code fjs-form-<random>-<id>}
     * and, for what describes the field, {@code ...-<id>-description}.
     */
    private static String field(String field) {
        return "//form[contains(@class, 'fjs-form')]//*[contains(@aria-describedby, " + XPaths.literal("-" + field + "-description")
                + ")]/ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]";
    }

    private static By textInput(String field) {
        return By.xpath(field(field) + "//*[self::input[contains(@class, 'fjs-input')] or self::textarea]");
    }

    private void enter(String field, String text) {
        browser.click(textInput(field));
        browser.until(driver -> {
            WebElement input = driver.findElement(textInput(field));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            // leaving the field hands its value to the form at once instead of after form-js's input delay
            input.sendKeys(text, Keys.TAB);
            return true;
        });
    }

    /**
     * A text field keeps its keystrokes to itself for a moment before the form takes them, and a re-render in that
     * moment (one follows every number field change) puts the field back to the form's value. A field that lost its
     * text is typed again, until all hold on one look.
     */
    private void awaitTypedValues() {
        new WebDriverWait(browser.driver(), Browser.TIMEOUT, Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    List<Map.Entry<String, String>> lost = typed.entrySet().stream()
                            .filter(entry -> !entry.getValue().equals(driver.findElement(textInput(entry.getKey())).getDomProperty("value")))
                            .toList();
                    lost.forEach(entry -> enter(entry.getKey(), entry.getValue()));
                    return lost.isEmpty();
                });
    }

    private boolean gone() {
        return !browser.driver().getCurrentUrl().contains("task=" + taskId)
                && browser.driver().findElements(Tasklist.taskLink(taskName)).isEmpty();
    }

    private List<String> refusals() {
        List<String> refusals = new ArrayList<>(notices());
        browser.driver().findElements(FIELD_ERRORS).forEach(error -> refusals.add(error.getText()));
        return refusals;
    }
}
