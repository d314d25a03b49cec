package io.prodops.governance.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.fail;

/** What the PRD and template browser tests share: logging in as a demo user, waiting, screenshots, the XSS checks. */
final class Ui {
    static final String TEMPLATES_PAGE = "/plugins/servlet/prodops/templates";
    static final Path SCREENSHOTS = Browser.OUTPUT.resolve("screenshots");

    private final WebDriver driver;
    private final HostUnderTest host;

    Ui(WebDriver driver, HostUnderTest host) {
        this.driver = driver;
        this.host = host;
    }

    static String prdPage(String issueKey) {
        return "/plugins/servlet/prodops/prd/" + issueKey;
    }

    /** Waits up to 20 s; the pages re-render parts after each change, so an element found a moment ago may be gone. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Logs in through the login page (after dropping any earlier session) and lands on {@code path}. */
    void logIn(String user, String path) {
        driver.get(host.url("/status")); // on the host (cookies are per site) without being sent anywhere
        driver.manage().deleteAllCookies();
        driver.get(host.url(path));
        waiting().until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(user);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        if (path.contains("#")) {
            driver.get(host.url(path)); // the login form's redirect drops the fragment
        }
    }

    void open(String path) {
        driver.get(host.url(path));
    }

    WebElement visible(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement clickable(By locator) {
        return waiting().until(ExpectedConditions.elementToBeClickable(locator));
    }

    void textBecomes(By locator, String text) {
        waiting().until(ExpectedConditions.textToBe(locator, text));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Brings an element into the middle of the viewport (so clicks and screenshots see it). */
    WebElement reveal(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** A screenshot kept under target/browser-tests/screenshots/ (to look at, not to compare). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Nothing a payload carried ran or became markup: no alert, {@code window.__xss} unset, and no event-handler
     * attribute, script, frame, object or javascript: URL anywhere inside the app's parts of the page.
     */
    void assertNothingRan(String where) {
        try {
            String text = driver.switchTo().alert().getText();
            fail("an alert is open on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // good
        }
        assertEquals("window.__xss on " + where, null, js("return window.__xss === undefined ? null : String(window.__xss)"));
        @SuppressWarnings("unchecked")
        List<String> active = (List<String>) js("""
                var found = [];
                document.querySelectorAll('.prodops-page, .prodops-prd-panel, .host-issue').forEach(function (root) {
                    root.querySelectorAll('*').forEach(function (e) {
                        var tag = e.tagName.toLowerCase();
                        if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style', 'frame'].indexOf(tag) >= 0) {
                            found.push('<' + tag + '>');
                        }
                        Array.prototype.forEach.call(e.attributes, function (a) {
                            var name = a.name.toLowerCase();
                            var value = String(a.value).replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                            if (name.indexOf('on') === 0 || name === 'srcdoc' || value.indexOf('javascript:') === 0
                                    || value.indexOf('vbscript:') === 0 || value.indexOf('data:text') === 0) {
                                found.push('<' + tag + ' ' + name + '="' + a.value + '">');
                            }
                        });
                    });
                });
                return found;""");
        assertEquals("active markup on " + where, List.of(), active);
    }

    /** Console errors except refused requests the test provoked on purpose (given as status-code fragments). */
    List<String> consoleErrors(Browser browser, String... expectedStatuses) {
        return browser.consoleErrors().stream()
                // logIn's stop at /status (a JSON document) makes Chromium ask for /favicon.ico, which the host has not
                .filter(e -> !e.contains("/favicon.ico - Failed to load resource"))
                .filter(e -> List.of(expectedStatuses).stream().noneMatch(e::contains))
                .toList();
    }

    void assertNoConsoleErrors(Browser browser, String where, String... expectedStatuses) {
        List<String> errors = consoleErrors(browser, expectedStatuses);
        assertFalse("Content-Security-Policy violations on " + where + " (markup was injected): " + errors,
                errors.stream().anyMatch(e -> e.contains("Content Security Policy")));
        assertEquals("console errors on " + where, List.of(), errors);
    }
}
