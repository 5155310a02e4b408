package az.muraciet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against the application of a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} test. Register it on a static field:
 * {@code @RegisterExtension static final Browser browser = new Browser();}. Each test gets a fresh browser with an
 * empty profile; screenshots of a test class go to {@code target/browser-screenshots/<TestClass>/NN-name.png}, numbered
 * in the order taken, plus one when a test fails. Without Chromium the tests are skipped, or fail when the system
 * property {@code browser.required} is {@code true}.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    // Selenium warns on every start that it has no DevTools (CDP) bindings for this Chromium; these tests use none.
    private static final List<Logger> QUIETED = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
            "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

    private final Map<String, Pattern> allowedConsoleErrors = new LinkedHashMap<>();
    private final List<LogEntry> console = new ArrayList<>();
    private Path screenshots;
    private int screenshotCount;
    private String baseUrl;
    private Path profile;
    private Path downloads;
    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
        screenshots = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
        FileSystemUtils.deleteRecursively(screenshots);
        Files.createDirectories(screenshots);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        assumeInstalled();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        baseUrl = "http://localhost:" + port;
        profile = Files.createTempDirectory("browser-it-profile");
        console.clear();
        downloads = Files.createDirectories(profile.resolve("downloads"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options(profile, downloads));
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                screenshot("failed-" + context.getRequiredTestMethod().getName());
            }
        } finally {
            driver.quit();
            driver = null;
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static void assumeInstalled() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path)).toList();
        if (!missing.isEmpty()) {
            String why = "Browser tests need Debian's chromium and chromium-driver; missing: " + missing;
            if (Boolean.getBoolean("browser.required")) {
                fail(why + " (browser.required=true)");
            }
            assumeTrue(false, why);
        }
    }

    private static ChromeOptions options(Path profile, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the background-networking flags keep Chromium from calling out: this machine's network is closed
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        return options;
    }

    /** Opens a path of the application under test, such as {@code /camunda/app/tasklist/default/}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits (at most {@link #TIMEOUT}) until the condition holds and returns what it gave. */
    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public WebElement visible(By locator) {
        return until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks what the locator finds once it is clickable, scrolled to the middle of its pane (headers and footers cover
     * the edges). Found again when the page re-renders it meanwhile.
     */
    public void click(By locator) {
        new WebDriverWait(driver, TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    WebElement element = driver.findElement(locator);
                    scrollTo(element);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Waits until the browser has finished downloading a file whose name ends so, and returns its bytes. */
    public byte[] downloaded(String suffix) {
        Path file = new WebDriverWait(driver, TIMEOUT).until(ignored -> {
            try (Stream<Path> files = Files.list(downloads)) {
                // Chromium writes to a .crdownload file and renames it when the download is complete
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page as {@code NN-name.png}; the name is made file-safe (ASCII letters, digits, dashes). */
    public Path screenshot(String name) {
        Path file = screenshots.resolve("%02d-%s.png".formatted(++screenshotCount, fileSafe(name)));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A console error whose whole text matches the pattern is not one {@link #assertNoConsoleErrors()} fails on. */
    public void allowConsoleError(String regex) {
        allowedConsoleErrors.put(regex, Pattern.compile(regex));
    }

    /** Everything the pages of this test logged to the browser console so far. */
    public List<LogEntry> consoleLog() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(console);
    }

    public void assertNoConsoleErrors() {
        List<String> errors = consoleLog().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> allowedConsoleErrors.values().stream().noneMatch(allowed -> allowed.matcher(message).matches()))
                .toList();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    static String fileSafe(String name) {
        String latin = name.toLowerCase(Locale.ROOT).replace('ə', 'e').replace('ı', 'i');
        String unaccented = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return unaccented.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
