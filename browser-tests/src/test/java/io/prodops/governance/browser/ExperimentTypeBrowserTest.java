package io.prodops.governance.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The Experiment issue type page in Chromium: an admin sees every project with its scheme, adds the type to a shared
 * scheme only after seeing which projects it affects, or copies the scheme for one project. No console errors; no
 * serious or critical axe-core violations.
 */
public class ExperimentTypeBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private static final String PAGE = "/plugins/servlet/prodops/experiment-type";

    /** Waits ignoring stale elements: the table is rebuilt after every change. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void logIn(String user) {
        WebDriver driver = browser.driver();
        driver.get(HOST.url(PAGE));
        waiting().until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("login-username")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(user);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.urlContains(PAGE));
    }

    private WebElement row(String projectKey) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prodops-exptype-table tr[data-project='" + projectKey + "']")));
    }

    /** Whether the row says the type is available: its text (icon + words, not colour alone) and its data attribute agree. */
    private boolean present(String projectKey) {
        return "true".equals(waiting().until(d -> {
            WebElement lozenge = row(projectKey).findElement(By.cssSelector("[data-present]"));
            String text = lozenge.getAttribute("textContent");
            String present = lozenge.getAttribute("data-present");
            assertEquals(text, "true".equals(present), text.endsWith("Available"));
            return present;
        }));
    }

    private String rowText(String projectKey) {
        return waiting().until(d -> row(projectKey).getAttribute("textContent"));
    }

    private List<String> affected() {
        return browser.driver().findElements(By.cssSelector("#prodops-exptype-confirm li")).stream().map(li -> li.getAttribute("data-project")).toList();
    }

    @Test
    public void anAdminCopiesTheSharedSchemeForOneProjectThenAddsTheTypeToTheRestAfterConfirming() {
        WebDriver driver = browser.driver();
        logIn("admin");
        assertTrue(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prodops-exptype-type"))).getText().startsWith("Experiment (id "));
        assertTrue(driver.findElement(By.id("prodops-exptype-link")).getText().startsWith("Informs"));
        assertEquals(false, present("PHX"));
        assertTrue(rowText("PHX").contains("Not available"));
        assertTrue(rowText("PHX").contains("Also used by ATL, NOVA"));
        Accessibility.assertNoSeriousViolations(driver, "experiment type page");

        waiting().until(d -> { row("PHX").findElement(By.cssSelector("button[data-add]")).click(); return true; });
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prodops-exptype-confirm-copy")));
        assertEquals(List.of("PHX", "ATL", "NOVA"), affected());
        assertEquals("prodops-exptype-confirm-heading", driver.switchTo().activeElement().getAttribute("id"));
        Accessibility.assertNoSeriousViolations(driver, "experiment type page, confirmation");
        driver.findElement(By.id("prodops-exptype-confirm-copy")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("prodops-exptype-status"),
                "PHX now uses its own scheme \"Default Issue Type Scheme (PHX)\" with the Experiment type."));
        waiting().until(d -> present("PHX"));
        assertEquals(false, present("ATL"));

        waiting().until(d -> { row("ATL").findElement(By.cssSelector("button[data-add]")).click(); return true; });
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("prodops-exptype-confirm-add")));
        assertEquals("PHX left the shared scheme", List.of("ATL", "NOVA"), affected());
        driver.findElement(By.id("prodops-exptype-confirm-add")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("prodops-exptype-status"),
                "Added the Experiment type to the scheme \"Default Issue Type Scheme\" (projects ATL, NOVA)."));
        waiting().until(d -> present("NOVA"));
        assertEquals(true, present("ATL"));
        assertEquals(false, present("SEC"));
        Accessibility.assertNoSeriousViolations(driver, "experiment type page after the changes");
        assertEquals("no console errors", List.of(), browser.consoleErrors());
    }

    @Test
    public void opsManagersAreTurnedAway() {
        logIn("olga");
        assertEquals("Access denied", browser.driver().findElement(By.tagName("h1")).getText());
    }
}
