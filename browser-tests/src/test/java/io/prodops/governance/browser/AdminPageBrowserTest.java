package io.prodops.governance.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The ProdOps admin page in a real browser against the standalone host: log in through the login page, change
 * the ops-manager group, see "Saved"; no console errors; no serious or critical axe-core violations.
 */
public class AdminPageBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private static final String ADMIN_PAGE = "/plugins/servlet/prodops/admin";

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    private void logIn(String user) {
        WebDriver driver = browser.driver();
        driver.get(HOST.url(ADMIN_PAGE));
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertEquals("Log in - ProdOps Governance", driver.getTitle());
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(user);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.urlContains(ADMIN_PAGE));
    }

    /** The admin page has loaded the settings once the field is enabled. */
    private WebElement settingsField() {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.id("prodops-ops-group")));
    }

    private String status() {
        return browser.driver().findElement(By.id("prodops-settings-status")).getText();
    }

    @Test
    public void adminChangesTheOpsManagerGroup() throws Exception {
        WebDriver driver = browser.driver();
        driver.get(HOST.url("/login"));
        Accessibility.assertNoSeriousViolations(driver, "login page");

        logIn("admin");
        WebElement group = settingsField();
        assertEquals("prodops-managers", group.getAttribute("value"));
        assertTrue(driver.findElement(By.className("host-user")).getText().contains("Ada Admin"));
        Accessibility.assertNoSeriousViolations(driver, "admin page");

        group.clear();
        group.sendKeys("release-managers");
        driver.findElement(By.id("prodops-settings-save")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("prodops-settings-status"), "Saved."));
        assertTrue(driver.findElement(By.id("prodops-settings-status")).getAttribute("class").contains("is-success"));
        assertTrue(driver.findElement(By.id("prodops-settings-meta")).getText().startsWith("Last changed by Ada Admin"));
        Accessibility.assertNoSeriousViolations(driver, "admin page after saving");

        assertEquals("no console errors", List.of(), browser.consoleErrors());
        String stored = restGet("/rest/prodops/1.0/settings", "admin");
        assertTrue(stored, stored.contains("\"opsGroup\":\"release-managers\""));

        driver.navigate().refresh();
        assertEquals("release-managers", settingsField().getAttribute("value"));
    }

    @Test
    public void anInvalidGroupIsReportedAtTheField() throws Exception {
        WebDriver driver = browser.driver();
        logIn("admin");
        WebElement group = settingsField();
        group.clear();
        group.sendKeys(" padded ");
        driver.findElement(By.id("prodops-settings-save")).click();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prodops-ops-group-error:not(:empty)")));
        assertTrue(error.getText(), error.getText().startsWith("Ops manager group must be a group name"));
        assertEquals("true", group.getAttribute("aria-invalid"));
        WebElement status = driver.findElement(By.id("prodops-settings-status"));
        assertTrue(status.getAttribute("class").contains("is-error"));
        assertEquals("the field message is not repeated raw", "Not saved: correct the highlighted field.", status.getText());
        Accessibility.assertNoSeriousViolations(driver, "admin page with a field error");
        // the refused PUT is logged by the browser as a failed resource (400); nothing else may be
        List<String> errors = browser.consoleErrors().stream().filter(e -> !e.contains("status of 400")).toList();
        assertEquals(List.of(), errors);
    }

    @Test
    public void opsManagersSeeTheSettingReadOnly() {
        WebDriver driver = browser.driver();
        logIn("olga");
        WebElement readOnly = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prodops-settings-readonly")));
        assertEquals("Only Jira administrators can change this setting.", readOnly.getText());
        assertTrue("no form an ops manager could not use", driver.findElements(By.id("prodops-settings-form")).isEmpty());
        Accessibility.assertNoSeriousViolations(driver, "admin page (read-only)");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    public void viewersAreTurnedAwayAndCanLogOut() {
        WebDriver driver = browser.driver();
        logIn("vic");
        assertEquals("Access denied", driver.findElement(By.tagName("h1")).getText());
        Accessibility.assertNoSeriousViolations(driver, "access denied page");
        driver.findElement(By.cssSelector(".host-logout button")).click();
        waiting().until(ExpectedConditions.urlContains("/login?loggedOut"));
        assertEquals("You have logged out.", driver.findElement(By.cssSelector(".host-notice")).getText().replace("\u2713", "").strip());
        driver.get(HOST.url(ADMIN_PAGE));
        waiting().until(ExpectedConditions.urlContains("/login?next="));
    }

    private static String restGet(String path, String user) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(HOST.baseUri().resolve(path.substring(1)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }
}
