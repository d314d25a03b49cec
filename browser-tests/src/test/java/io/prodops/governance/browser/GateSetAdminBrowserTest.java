package io.prodops.governance.browser;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The gate-set administration page: an ops manager creates a gate set, a JQL gate without a query is refused with the
 * API's error next to that input (gates[0].params.jql), the fixed draft saves, publishes with a note and shows up in
 * the versions; pete (no ops manager) is refused the page. axe-core runs on every state.
 */
public class GateSetAdminBrowserTest {
    static final String GATESETS_PAGE = "/plugins/servlet/prodops/gatesets";

    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    @Test
    public void anOpsManagerSeesTheFieldErrorNextToTheQueryThenPublishes() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", GATESETS_PAGE);
        ui.visible(By.cssSelector(".prodops-gateset-list .prodops-template-item[data-key='STANDARD_LAUNCH']"));
        ui.visible(By.cssSelector(".prodops-bindings-form"));
        Accessibility.assertNoSeriousViolations(driver, "gate-set page");
        ui.screenshot("gatesets-standard");

        ui.clickable(By.id("prodops-gateset-new")).click();
        ui.visible(By.id("prodops-gs-key")).sendKeys("BETA_LAUNCH");
        driver.findElement(By.id("prodops-gs-name")).sendKeys("Beta launch");
        ui.reveal(driver.findElement(By.id("prodops-gs-add-gate"))).click();
        ui.visible(By.id("prodops-gs-g0-title")).sendKeys("Phoenix issues only");
        assertEquals("the gate key follows the title", "phoenix-issues-only", driver.findElement(By.id("prodops-gs-g0-key")).getAttribute("value"));
        new Select(driver.findElement(By.id("prodops-gs-g0-kind"))).selectByValue("JQL_MATCH");
        ui.visible(By.id("prodops-gs-g0-jql"));
        ui.reveal(driver.findElement(By.id("prodops-gs-add-gate"))).click();
        ui.visible(By.id("prodops-gs-g1-title")).sendKeys("Marketing ready");
        new Select(driver.findElement(By.id("prodops-gs-g1-kind"))).selectByValue("SIGN_OFF");
        ui.visible(By.id("prodops-gs-g1-group")).sendKeys("prodops-managers");
        ui.reveal(driver.findElement(By.id("prodops-gateset-save"))).click();

        WebElement summary = ui.visible(By.cssSelector("#prodops-gateset-messages .prodops-message.is-error"));
        assertEquals("the error summary takes the focus", summary, driver.switchTo().activeElement());
        WebElement jql = driver.findElement(By.id("prodops-gs-g0-jql"));
        assertEquals("true", jql.getAttribute("aria-invalid"));
        String error = driver.findElement(By.id("prodops-gs-g0-jql-error")).getText();
        assertTrue(error, error.contains("required"));
        assertTrue("the input names its error", jql.getAttribute("aria-describedby").contains("prodops-gs-g0-jql-error"));
        assertTrue(summary.getText().contains("gates[0].params.jql"));
        Accessibility.assertNoSeriousViolations(driver, "gate-set form with a field error");
        ui.screenshot("gatesets-field-error");
        summary.findElement(By.cssSelector("a[href='#prodops-gs-g0-jql']")).click();
        assertEquals(jql, driver.switchTo().activeElement());

        jql.sendKeys("project = PHX");
        driver.findElement(By.id("prodops-gateset-save")).click();
        ui.waiting().until(d -> d.findElement(By.id("prodops-gateset-messages")).getText().contains("Draft saved"));
        assertEquals("the field error is gone", "", driver.findElement(By.id("prodops-gs-g0-jql-error")).getText());

        ui.reveal(driver.findElement(By.id("prodops-gs-note"))).sendKeys("First beta gates");
        driver.findElement(By.id("prodops-gateset-publish")).click();
        ui.waiting().until(d -> d.findElement(By.id("prodops-gateset-messages")).getText().contains("Published as version 1."));
        ui.visible(By.cssSelector(".prodops-gateset-list .prodops-template-item[data-key='BETA_LAUNCH']"));

        ui.reveal(driver.findElement(By.cssSelector("[role=tab][data-tab='versions']"))).click();
        WebElement row = ui.visible(By.cssSelector(".prodops-versions-table tr[data-version='1']"));
        assertTrue(row.getText().contains("First beta gates"));
        assertTrue(row.getText().contains("Olga"));
        Accessibility.assertNoSeriousViolations(driver, "gate-set versions");
        ui.screenshot("gatesets-published");
        ui.assertNoConsoleErrors(browser, "gate-set page", "status of 400");
    }

    @Test
    public void productManagersAreRefusedThePage() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("pete", GATESETS_PAGE);
        assertTrue(ui.visible(By.tagName("main")).getText().contains("Only ops managers and Jira administrators can manage launch gate sets."));
        Accessibility.assertNoSeriousViolations(driver, "gate-set page refused");
    }
}
