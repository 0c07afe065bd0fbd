package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Headless Debian chromium, driven through its chromedriver, at the 1366×768 the pages are made
 * for. Without chromium the page tests are skipped, saying so, unless
 * {@code SWB_BROWSER_TESTS=required} (as in CI), where they fail.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(String base) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "required".equals(System.getenv("SWB_BROWSER_TESTS"))) {
            throw new IllegalStateException("Page tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed: page tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: no background traffic, no first-run, no sandbox as root.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        return new Browser(driver, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Logs in on the login page with the keyboard alone. */
    void logIn(String username, String password) {
        go("/");
        WebElement user = until(d -> d.findElement(By.id("username")));
        user.sendKeys(username, Keys.TAB, password, Keys.ENTER);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(condition, 15);
    }

    /** Waits for the condition; on time-out keeps a screenshot and the page's HTML to see why. */
    <T> T until(Function<WebDriver, T> condition, int seconds) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(RuntimeException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    /**
     * Audits the page as it is now with axe-core against WCAG 2.1 A and AA (labels, names, roles,
     * contrast, landmarks, keyboard reachability); fails listing each violation and where.
     */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        String violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList())
                .collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            screenshot("inaccessible-" + page);
        }
        assertEquals("", violations, page + " has accessibility violations");
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Keeps what the page looks like now as a test artefact under target/screenshots. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
