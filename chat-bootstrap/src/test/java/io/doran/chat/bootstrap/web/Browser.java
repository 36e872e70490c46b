package io.doran.chat.bootstrap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's headless Chromium (Debian's {@code chromium} through its {@code chromedriver}, never a downloaded
 * browser), with a fresh profile, driven the way a user and a screen reader see the page: fields and buttons are
 * found by their accessible names.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DORAN_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DORAN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final String name;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(String name, Path profile, ChromeDriver driver) {
        this.name = name;
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * A new browser; language is its UI language and Accept-Language (en-US, ko, ...). A window narrower than a
     * desktop browser allows is a phone's screen (device emulation).
     */
    static Browser start(String name, String language, Dimension window) {
        requireInstalled();
        Path profile;
        try {
            Files.createDirectories(Path.of("target"));
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // This machine's closed network makes Chromium hang without these; a fresh profile per browser.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=" + language,
                "--window-size=" + Math.max(window.width, 800) + "," + window.height);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        if (window.width < 800) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", window.width, "height", window.height, "pixelRatio", 2, "touch", true)));
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(name, profile, new ChromeDriver(service, options));
    }

    /** Fails (never skips) when the browser is missing, saying what to install. */
    static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The web client's browser tests need Debian's Chromium and its driver at "
                    + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver "
                    + "(or set DORAN_CHROMIUM and DORAN_CHROMEDRIVER)");
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** Waits until check answers something other than null or false, and answers it. */
    <T> T await(String what, Function<Browser, T> check) {
        return new WebDriverWait(driver, PATIENCE).withMessage(() -> name + ": " + what)
                .ignoring(StaleElementReferenceException.class)
                .until(ignored -> {
                    T value = check.apply(this);
                    return Boolean.FALSE.equals(value) ? null : value;
                });
    }

    /** The element in scope whose accessible name is name (waits for it); tags: button, input, textarea, select... */
    WebElement named(SearchContext scope, String tags, String name) {
        return await(tags + " named \"" + name + "\"", browser -> find(scope, tags, name).orElse(null));
    }

    WebElement named(String tags, String name) {
        return named(driver, tags, name);
    }

    Optional<WebElement> find(SearchContext scope, String tags, String name) {
        return scope.findElements(By.cssSelector(tags)).stream()
                .filter(element -> name.equals(element.getAccessibleName()) && element.isDisplayed())
                .findFirst();
    }

    Optional<WebElement> find(String tags, String name) {
        return find(driver, tags, name);
    }

    WebElement button(String name) {
        return named("button", name);
    }

    WebElement field(String name) {
        return named("input, textarea, select", name);
    }

    /** The message log (role log). */
    WebElement log() {
        return await("the message log", browser -> driver.findElements(By.cssSelector("[role=log]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** The messages shown whose text is text (none, one, or more when shown twice). */
    List<WebElement> messages(String text) {
        return driver.findElements(By.cssSelector("[role=log] > li[data-message-id]")).stream()
                .filter(item -> item.findElements(By.cssSelector(".text, .emoji")).stream()
                        .anyMatch(body -> body.getText().equals(text)))
                .toList();
    }

    WebElement message(String text) {
        return await("the message \"" + text + "\"", browser -> messages(text).stream().findFirst().orElse(null));
    }

    /** The control named name in the message whose text is message, if there is one (drawn again meanwhile: looked up again). */
    Optional<WebElement> findIn(String message, String tags, String name) {
        for (int attempt = 0; ; attempt++) {
            try {
                return messages(message).stream().findFirst().flatMap(item -> find(item, tags, name));
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Clicks the control named name in the message whose text is message (waits for it). */
    void clickIn(String message, String tags, String name) {
        await(tags + " \"" + name + "\" in \"" + message + "\"", browser -> {
            Optional<WebElement> control = findIn(message, tags, name);
            control.ifPresent(WebElement::click);
            return control.isPresent();
        });
    }

    /** The text of the messages in the log, oldest first. */
    List<String> messageTexts() {
        return driver.findElements(By.cssSelector("[role=log] > li[data-message-id] .text")).stream()
                .map(WebElement::getText).toList();
    }

    String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).findFirst().orElse("");
    }

    boolean shows(String css, String text) {
        return text(css).contains(text);
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A screenshot and the browser's console under target/browser-failures (for a failed test). */
    void saveEvidence(String test) {
        Path dir = Path.of("target", "browser-failures");
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(test + "-" + name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString).toList();
            Files.write(dir.resolve(test + "-" + name + "-console.log"), console);
            Files.writeString(dir.resolve(test + "-" + name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the evidence of " + name + ": " + e);
        }
    }

    /** A screenshot at path (the README's picture). */
    void screenshot(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.write(path, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover profile under target/ does no harm
            }
        }
    }
}
