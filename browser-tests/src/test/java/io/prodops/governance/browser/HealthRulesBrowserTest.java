package io.prodops.governance.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The portfolio health rules page: olga turns a rule off, gives another an impossible number of days and sees the
 * API's error next to that input (rules[0].days: the index the rule has in the request), fixes it, publishes with a
 * note and finds version 2 in the versions table and in REST, and the portfolio colours with it at once; pete (no ops
 * manager) is refused the page.
 */
public class HealthRulesBrowserTest {
    static final String RULES_PAGE = "/plugins/servlet/prodops/portfolio-rules";

    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private final Rest rest = new Rest(HOST.baseUri());

    @Test
    public void anOpsManagerFixesAFieldErrorThenPublishesAVersion() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", RULES_PAGE);
        ui.visible(By.cssSelector(".prodops-versions-table tr[data-version='1']"));
        assertTrue(driver.findElement(By.id("prodops-hr-status")).getText().contains("Version 1 is published"));
        Accessibility.assertNoSeriousViolations(driver, "health rules page");

        // the first rule off: NOT_READY_NEAR_TARGET becomes rules[0] of the request
        ui.reveal(driver.findElement(By.id("prodops-hr-TARGET_PASSED_NOT_DONE-on"))).click();
        assertTrue("a rule that is off has no colour to choose", !driver.findElement(By.id("prodops-hr-TARGET_PASSED_NOT_DONE-color")).isEnabled());
        WebElement days = driver.findElement(By.id("prodops-hr-NOT_READY_NEAR_TARGET-days"));
        days.clear();
        days.sendKeys("99999");
        ui.reveal(driver.findElement(By.id("prodops-hr-save"))).click();
        WebElement error = ui.visible(By.id("prodops-hr-NOT_READY_NEAR_TARGET-days-error"));
        assertTrue(error.getText(), error.getText().contains("between 0 and"));
        assertEquals("true", days.getAttribute("aria-invalid"));
        WebElement summary = driver.findElement(By.cssSelector("#prodops-hr-messages .prodops-message.is-error"));
        assertEquals("the error takes the focus", summary, driver.switchTo().activeElement());
        assertTrue(summary.getText(), summary.getText().contains("rules[0].days"));
        Accessibility.assertNoSeriousViolations(driver, "health rules with a field error");
        ui.screenshot("health-rules-field-error");
        assertEquals("nothing was saved", 7, rest.get("olga", "portfolio/health-rules").path("rules").get(1).path("days").asInt());

        days.clear();
        days.sendKeys("10");
        ui.reveal(driver.findElement(By.id("prodops-hr-note"))).sendKeys("Ten days <b>ahead</b>; overdue is handled by readiness");
        driver.findElement(By.id("prodops-hr-publish")).click();
        ui.waiting().until(d -> d.findElement(By.id("prodops-hr-messages")).getText().contains("Published as version 2."));
        WebElement row = ui.visible(By.cssSelector(".prodops-versions-table tr[data-version='2']"));
        assertTrue(row.getText(), row.getText().contains("Ten days <b>ahead</b>; overdue is handled by readiness"));
        assertTrue(row.getText(), row.getText().contains("Olga"));
        assertEquals("", driver.findElement(By.id("prodops-hr-NOT_READY_NEAR_TARGET-days-error")).getText());

        var published = rest.get("olga", "portfolio/health-rules");
        assertEquals(2, published.path("publishedVersion").asInt());
        assertEquals("the rule that was turned off is gone", "NOT_READY_NEAR_TARGET", published.path("rules").get(0).path("type").asText());
        assertEquals(10, published.path("rules").get(0).path("days").asInt());
        // the portfolio applies the new version at once: SEC-2 (overdue, no PRD) was red for being overdue, that rule is off now
        var sec = rest.get("olga", "portfolio?q=SEC-2").path("rows").get(0);
        assertEquals("SEC-2", sec.path("issueKey").asText());
        assertEquals(sec.toString(), "AMBER", sec.path("health").path("color").asText());
        assertTrue(sec.toString(), sec.path("health").path("reasons").toString().contains("no PRD"));
        ui.assertNothingRan("health rules page after publishing a note that looks like markup");
        Accessibility.assertNoSeriousViolations(driver, "health rules published");
        ui.screenshot("health-rules-published");
        ui.assertNoConsoleErrors(browser, "health rules page", "status of 400");
    }

    @Test
    public void aProductManagerIsRefusedThePage() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("pete", RULES_PAGE);
        String text = driver.findElement(By.tagName("body")).getText();
        assertTrue(text, text.contains("Only ops managers and Jira administrators can manage the portfolio health rules."));
        assertTrue("no editor for pete", driver.findElements(By.id("prodops-hr-form")).isEmpty());
    }
}
