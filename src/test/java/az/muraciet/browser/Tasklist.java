package az.muraciet.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import az.muraciet.process.CaseVariables;

/**
 * Camunda 7 Tasklist driven as an employee drives it: log in, open a filter, search it for a case by its application
 * number, open the case's task and its Camunda Form ({@link TasklistForm}). It sits beside {@link Browser} because it
 * knows Tasklist's pages, not any process. Screenshots of every page it reaches.
 */
public final class Tasklist {

    private static final String PATH = "/camunda/app/tasklist/default/";
    private static final By USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    private static final By PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    private static final By LOG_IN = By.cssSelector("form[name=signinForm] button[type=submit]");
    private static final By FILTERS = By.cssSelector(".task-filter");
    private static final By SEARCH = By.cssSelector("[cam-widget-search] input.main-field");
    private static final By SEARCH_REMOVAL = By.cssSelector("[cam-widget-search-pill] .remove-search");
    private static final By SEARCH_VALUE = By.cssSelector("[cam-widget-search-pill] .value-field .view-value");
    private static final By SEARCH_VALUE_INPUT = By.cssSelector("[cam-widget-search-pill] .value-field input");

    private final Browser browser;
    private String user;

    public Tasklist(Browser browser) {
        this.browser = browser;
        // A page loaded before logging in asks the server who is logged in; Camunda answers "no one" with a 404, which
        // Chromium logs as a failed resource. That is the webapp's protocol, not a fault.
        browser.allowConsoleError(
                "https?://[^/ ]+/camunda/api/admin/auth/user/default - Failed to load resource: the server responded with a status of 404 \\(\\)");
    }

    public void logIn(String user, String password) {
        browser.open(PATH);
        WebElement username = browser.until(ExpectedConditions.elementToBeClickable(USERNAME));
        browser.screenshot("login");
        username.sendKeys(user);
        browser.driver().findElement(PASSWORD).sendKeys(password);
        browser.click(LOG_IN);
        browser.visible(FILTERS);
        settle();
        this.user = user;
        browser.screenshot(user + "-logged-in");
    }

    public void logOut() {
        browser.click(By.cssSelector("li.account .dropdown-toggle"));
        browser.click(By.cssSelector("li.logout a"));
        browser.until(ExpectedConditions.elementToBeClickable(USERNAME));
        user = null;
    }

    /** Opens the task with this name of the case with this application number, found in the filter. */
    public TasklistForm openTask(String filter, String taskName, String applicationNumber) {
        showCase(filter, applicationNumber);
        String taskId = browser.until(driver -> driver.findElement(taskLink(taskName)).getDomAttribute("href"))
                .replaceFirst(".*[?&]task=([^&]+).*", "$1");
        browser.screenshot(user + "-" + filter + "-" + applicationNumber);
        browser.click(taskLink(taskName));
        browser.until(ExpectedConditions.urlContains("task=" + taskId));
        settle();
        TasklistForm form = new TasklistForm(browser, this, taskId, taskName);
        browser.screenshot(user + "-" + taskName);
        return form;
    }

    /** Whether the filter, looked at afresh, lists the task with this name of the case with this application number. */
    public boolean lists(String filter, String taskName, String applicationNumber) {
        browser.driver().navigate().refresh();
        browser.visible(FILTERS);
        settle();
        showCase(filter, applicationNumber);
        return !browser.driver().findElements(taskLink(taskName)).isEmpty();
    }

    String user() {
        return user;
    }

    /** The task's link in the list, which shows one case's tasks. */
    static By taskLink(String taskName) {
        return By.xpath("//ol[contains(@class, 'tasks-list')]/li//h4[contains(@class, 'task')]/a[normalize-space(.) = "
                + XPaths.literal(taskName) + "]");
    }

    private void showCase(String filter, String applicationNumber) {
        String filterName = "//div[contains(@class, 'task-filter')][.//h4/a[normalize-space(text()) = " + XPaths.literal(filter) + "]]";
        browser.click(By.xpath(filterName + "//h4/a"));
        browser.until(ExpectedConditions.attributeContains(By.xpath(filterName), "class", "active"));
        settle();
        searchByApplicationNumber(applicationNumber);
    }

    /** Tasklist's search: "Process Variable", the filter's label of the application number, "=", the number. */
    private void searchByApplicationNumber(String applicationNumber) {
        while (!browser.driver().findElements(SEARCH_REMOVAL).isEmpty()) {
            browser.click(SEARCH_REMOVAL);
        }
        browser.click(SEARCH);
        browser.click(By.xpath("//li[contains(@class, 'uib-typeahead-match')]/a[normalize-space(.) = 'Process Variable']"));
        browser.click(By.xpath("//*[contains(@class, 'name-field')]//li[contains(@class, 'uib-typeahead-match')]/a[contains(., "
                + XPaths.literal("(" + CaseVariables.APPLICATION_NUMBER + ")") + ")]"));
        browser.click(SEARCH_VALUE);
        browser.until(ExpectedConditions.elementToBeClickable(SEARCH_VALUE_INPUT)).sendKeys(applicationNumber, Keys.ENTER);
        browser.until(ExpectedConditions.urlContains(applicationNumber));
        settle();
    }

    /** Waits until Tasklist, an AngularJS application, has no request and no timeout outstanding. */
    void settle() {
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                angular.getTestability(document.body).whenStable(function () { done(true); });""");
    }
}
