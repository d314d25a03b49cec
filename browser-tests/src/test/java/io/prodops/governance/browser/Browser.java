package io.prodops.governance.browser;

import org.junit.Assume;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.Assert.fail;

/**
 * A headless Debian Chromium per test, driven through Debian's chromedriver (never a downloaded one: the network is
 * closed). When the test fails, a screenshot and the page source go to {@code target/browser-tests/}.
 * <p>
 * No chromium installed: the test is skipped with a message, except when {@code CI=true}, where it fails.
 * Override the binaries with {@code -Dchromium.binary=...} / {@code -Dchromedriver.binary=...}.
 */
public final class Browser implements TestRule {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path OUTPUT = Path.of(System.getProperty("browser.tests.output", "target/browser-tests"));

    /** Selenium looks for a DevTools (CDP) binding of the browser's version; these tests use none (JUL, held). */
    private static final List<java.util.logging.Logger> QUIET = Stream.of(
            "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(java.util.logging.Logger::getLogger).peek(l -> l.setLevel(Level.SEVERE)).toList();

    private ChromeDriver driver;

    public ChromeDriver driver() {
        return driver;
    }

    /** Fails in CI, skips elsewhere, when the browser is not installed. */
    public static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + missing);
        }
        Assume.assumeTrue("SKIPPED: " + missing + "; with CI=true this fails instead", false);
    }

    @Override
    public Statement apply(Statement base, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                requireChromium();
                Path profile = Files.createTempDirectory("prodops-chromium-");
                driver = start(profile);
                try {
                    base.evaluate();
                } catch (Throwable failure) {
                    keepEvidence(description);
                    throw failure;
                } finally {
                    driver.quit();
                    deleteQuietly(profile);
                }
            }
        };
    }

    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-dev-shm-usage", "--no-default-browser-check",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStreamSink.to(OUTPUT.resolve("chromedriver.log")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Console messages of level SEVERE (JavaScript errors, failed resources) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    private void keepEvidence(Description description) {
        try {
            Files.createDirectories(OUTPUT);
            String name = description.getTestClass().getSimpleName() + "-" + description.getMethodName();
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), OUTPUT.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(OUTPUT.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser test failed: screenshot and page source in " + OUTPUT.toAbsolutePath() + "/" + name + ".*");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep a screenshot: " + e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }

    /** chromedriver's own log to a file, so its chatter stays out of the test output. */
    private static final class OutputStreamSink {
        static java.io.OutputStream to(Path file) {
            try {
                Files.createDirectories(file.getParent());
                return Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                return java.io.OutputStream.nullOutputStream();
            }
        }
    }
}
