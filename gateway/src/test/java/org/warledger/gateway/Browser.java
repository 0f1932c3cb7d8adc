package org.warledger.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver: the web app as an analyst's browser runs it. The
 * console is read after every page so that a test can fail on any error the page logged.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this.base = base;
        System.setProperty("webdriver.chrome.driver",
                System.getProperty("warledger.chromedriver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("warledger.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    static boolean available() {
        return Files.isExecutable(Path.of(System.getProperty("warledger.chromium", "/usr/bin/chromium")))
                && Files.isExecutable(Path.of(System.getProperty("warledger.chromedriver", "/usr/bin/chromedriver")));
    }

    /** Opens a path of the app and waits until its region {@code #id} has loaded (or failed). */
    Browser open(String path, String region) {
        driver.get(base + path);
        return awaitRegion(region);
    }

    Browser awaitRegion(String region) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            String state = d.findElement(By.id(region)).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        return this;
    }

    /** Waits until the address contains {@code part}: a form's submission has navigated. */
    Browser awaitAddress(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(part));
        return this;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The element, once the page has drawn it (charts are drawn after their region is ready). */
    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(css)));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String currentPath() {
        String url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    /** The console errors logged since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Writes a screenshot of the page as it is to target/screenshots/NAME.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
