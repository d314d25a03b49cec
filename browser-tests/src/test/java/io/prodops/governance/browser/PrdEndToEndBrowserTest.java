package io.prodops.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The story of issue 4 in a real browser against the standalone host: an ops manager (olga) creates a template with
 * one section of each kind and publishes v1 and v2; a product manager (pete) creates a PRD on a demo initiative from
 * its issue page, fills every required section and submits it to a reviewer (vic); the reviewer approves; the panel
 * and the page show APPROVED and 100%. axe-core runs on every page on the way.
 */
public class PrdEndToEndBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private static final String TEMPLATE = "LAUNCH_PRD";
    private static final String ISSUE = "PHX-1";
    private static final String VIC = "JIRAUSER10102";

    private Ui ui;

    @Test
    public void opsManagerPublishesPmWritesReviewerApproves() {
        WebDriver driver = browser.driver();
        ui = new Ui(driver, HOST);
        Rest rest = new Rest(HOST.baseUri());

        // ------------------------------------------------------------ olga: a template with one section of each kind
        ui.logIn("olga", Ui.TEMPLATES_PAGE);
        ui.visible(By.cssSelector(".prodops-template-item[data-key='STANDARD_PRD']"));
        Accessibility.assertNoSeriousViolations(driver, "template administration");
        ui.screenshot("templates-page");

        ui.clickable(By.id("prodops-template-new")).click();
        ui.visible(By.id("prodops-tpl-key")).sendKeys(TEMPLATE);
        driver.findElement(By.id("prodops-tpl-name")).sendKeys("Launch PRD");
        driver.findElement(By.id("prodops-tpl-description")).sendKeys("A PRD for launches, with one section of each kind.");
        addSection(0, "Target release", "DATE", "When does it ship?", null);
        driver.findElement(By.id("prodops-tpl-s0-starterContent")).sendKeys("{{today}}");
        addSection(1, "Team", "PEOPLE", "Who owns and builds it.", "Owner\nDesigner\nEngineering\nQA");
        addSection(2, "Goals", "RICH_TEXT", "What outcome are we after?", null);
        WebElement starter = driver.findElement(By.cssSelector("#prodops-tpl-s2-starterContent .ql-editor"));
        starter.click();
        starter.sendKeys("Goals for {{issue.key}}: ");
        addSection(3, "Requirements", "TABLE", "One row per requirement.", "Title\nUser story\nImportance");
        addSection(4, "Launch plan", "CHECKLIST", "What must be ready at launch.", "Release notes written\nSupport briefed");
        addSection(5, "Success metrics", "METRICS", "How we know it worked.", "Conversion");
        Accessibility.assertNoSeriousViolations(driver, "new template with six sections");
        ui.screenshot("template-new");
        driver.findElement(By.id("prodops-template-save")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), "Draft saved (revision"));

        JsonNode draft = rest.get("olga", "/templates/" + TEMPLATE);
        List<String> kinds = new ArrayList<>();
        draft.get("sections").forEach(s -> kinds.add(s.get("kind").asText()));
        assertEquals(List.of("DATE", "PEOPLE", "RICH_TEXT", "TABLE", "CHECKLIST", "METRICS"), kinds);
        assertEquals("target-release", draft.get("sections").get(0).get("key").asText());
        assertEquals(List.of("Title", "User story", "Importance"), texts(draft.get("sections").get(3).get("columns")));
        assertTrue(draft.get("sections").get(2).get("starterContent").asText().contains("Goals for {{issue.key}}"));

        publish("First version");
        ui.textBecomes(By.cssSelector(".prodops-template-item[data-key='" + TEMPLATE + "'] .prodops-template-item-meta .prodops-meta"), "v1");

        // v2: a clearer guidance for the goals
        WebElement goals = ui.reveal(driver.findElement(By.cssSelector(".prodops-tpl-section[data-index='2'] summary")));
        goals.click();
        WebElement guidance = ui.visible(By.id("prodops-tpl-s2-guidance"));
        guidance.clear();
        guidance.sendKeys("What outcome are we after? Keep it to three measurable goals.");
        driver.findElement(By.id("prodops-template-save")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), "Draft saved (revision"));
        publish("Clearer goals guidance");
        assertEquals(2, rest.get("olga", "/templates/" + TEMPLATE).get("publishedVersion").asInt());

        driver.findElement(By.cssSelector("[role=tab][data-tab='versions']")).click();
        ui.visible(By.cssSelector("tr[data-version='2']"));
        new Select(driver.findElement(By.id("prodops-diff-from"))).selectByValue("1");
        new Select(driver.findElement(By.id("prodops-diff-to"))).selectByValue("2");
        driver.findElement(By.id("prodops-diff-show")).click();
        WebElement diff = ui.visible(By.cssSelector("#prodops-diff .prodops-diff-list"));
        assertTrue(diff.getText(), diff.getText().contains("Goals"));
        assertTrue(driver.findElement(By.id("prodops-diff")).getText().contains("three measurable goals"));
        Accessibility.assertNoSeriousViolations(driver, "template versions and diff");
        ui.screenshot("template-versions-diff");
        ui.assertNoConsoleErrors(browser, "template administration");

        // ------------------------------------------------------------ pete: a PRD on the initiative, from its issue page
        ui.logIn("pete", "/browse/" + ISSUE);
        WebElement picker = ui.visible(By.cssSelector(".prodops-prd-panel .prodops-create-form select"));
        ui.waiting().until(d -> picker.isEnabled());
        Accessibility.assertNoSeriousViolations(driver, "issue page, no PRD yet");
        ui.screenshot("issue-no-prd");
        new Select(picker).selectByValue(TEMPLATE);
        assertTrue(new Select(picker).getFirstSelectedOption().getText().contains("v2"));
        driver.findElement(By.cssSelector(".prodops-prd-panel .prodops-create-button")).click();
        WebElement open = ui.clickable(By.cssSelector(".prodops-prd-panel .prodops-open-prd"));
        assertEquals("DRAFT", panelStatus());
        Accessibility.assertNoSeriousViolations(driver, "issue page with a draft PRD");
        // the panel asked for the PRD before there was one: the API's 404 PRD_NOT_FOUND is the only failed request
        ui.assertNoConsoleErrors(browser, "issue page", "/prd - Failed to load resource: the server responded with a status of 404");
        open.click();

        ui.waiting().until(ExpectedConditions.urlContains(Ui.prdPage(ISSUE)));
        ui.visible(By.cssSelector("[data-section='goals'] .ql-editor"));
        assertEquals("Launch PRD \u00B7 v2", driver.findElement(By.cssSelector(".prodops-summary-template")).getText());
        assertTrue(driver.findElement(By.cssSelector("[data-section='goals'] .ql-editor")).getText().contains("Goals for " + ISSUE));
        assertTrue(driver.findElement(By.cssSelector("[data-section='goals'] .prodops-guidance")).getText().contains("three measurable goals"));
        Accessibility.assertNoSeriousViolations(driver, "PRD page (editing)");
        ui.screenshot("prd-page-new");

        // every required section (all six are required)
        type(By.cssSelector("[data-section='target-release'] input[type=date]"), "12012026");
        type(By.cssSelector("[data-section='team'] input[data-role='Owner']"), "JIRAUSER10101");
        WebElement goalsEditor = ui.reveal(driver.findElement(By.cssSelector("[data-section='goals'] .ql-editor")));
        goalsEditor.click();
        goalsEditor.sendKeys(Keys.END, "Halve the checkout time of returning customers.");
        ui.reveal(driver.findElement(By.cssSelector("[data-section='requirements'] .prodops-add-row"))).click();
        List<WebElement> cells = driver.findElements(By.cssSelector("[data-section='requirements'] tbody input"));
        cells.get(0).sendKeys("Saved cards");
        cells.get(1).sendKeys("As a returning customer I pay with a saved card");
        cells.get(2).sendKeys("Must have");
        ui.reveal(driver.findElement(By.cssSelector("[data-section='launch-plan'] input[type=checkbox]"))).click();
        List<WebElement> metric = driver.findElements(By.cssSelector("[data-section='success-metrics'] tbody input"));
        if (metric.isEmpty()) {
            ui.reveal(driver.findElement(By.cssSelector("[data-section='success-metrics'] .prodops-add-row"))).click();
            metric = driver.findElements(By.cssSelector("[data-section='success-metrics'] tbody input"));
            metric.get(0).sendKeys("Conversion");
        }
        metric.get(1).sendKeys("2.1%");
        metric.get(2).sendKeys("3%");
        driver.findElement(By.id("prodops-prd-heading")).click(); // focus leaves the last editor: it saves at once

        ui.waiting().until(d -> "100".equals(d.findElement(By.cssSelector(".prodops-prd-aside .prodops-progress")).getAttribute("data-percent")));
        ui.waiting().until(d -> d.findElements(By.cssSelector(".prodops-save-state.is-unsaved, .prodops-save-state.is-saving")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".prodops-section-problem:not([hidden])")).isEmpty());
        JsonNode stored = rest.get("pete", "/issues/" + ISSUE + "/prd");
        assertEquals(1.0, stored.get("completeness").asDouble(), 0.0001);
        assertEquals("2026-12-01", section(stored, "target-release").get("content").asText());
        assertEquals("JIRAUSER10101", section(stored, "team").get("content").get("Owner").get(0).asText());
        assertTrue(section(stored, "goals").get("content").asText().contains("Halve the checkout time"));
        assertEquals("Saved cards", section(stored, "requirements").get("content").get(0).get(0).asText());
        assertTrue(section(stored, "launch-plan").get("content").get(0).get("done").asBoolean());
        Accessibility.assertNoSeriousViolations(driver, "PRD page, every required section filled");
        ui.screenshot("prd-page-filled");

        type(By.id("prodops-prd-reviewers"), VIC);
        driver.findElement(By.id("prodops-prd-submit")).click();
        ui.waiting().until(d -> "IN_REVIEW".equals(pageStatus()));
        assertEquals("Vic Viewer", driver.findElement(By.cssSelector(".prodops-reviewer-name")).getText());
        assertTrue("sections are read-only in review", driver.findElements(By.cssSelector(".prodops-richtext-toolbar")).isEmpty());
        Accessibility.assertNoSeriousViolations(driver, "PRD page in review");
        ui.assertNoConsoleErrors(browser, "PRD page (pete)");

        // ------------------------------------------------------------ vic: the reviewer approves
        ui.logIn("vic", Ui.prdPage(ISSUE));
        WebElement approve = ui.clickable(By.id("prodops-prd-approve"));
        Accessibility.assertNoSeriousViolations(driver, "PRD page for the reviewer");
        ui.screenshot("prd-page-review");
        driver.findElement(By.id("prodops-prd-review-comment")).sendKeys("Clear and complete.");
        approve.click();
        ui.waiting().until(d -> "APPROVED".equals(pageStatus()));
        assertEquals("100", driver.findElement(By.cssSelector(".prodops-prd-aside .prodops-progress")).getAttribute("data-percent"));
        assertEquals("100% complete", driver.findElement(By.cssSelector(".prodops-prd-aside .prodops-progress-value")).getText());
        assertEquals("APPROVE", driver.findElement(By.cssSelector(".prodops-reviewer .prodops-lozenge")).getAttribute("data-status"));
        Accessibility.assertNoSeriousViolations(driver, "approved PRD");
        ui.screenshot("prd-page-approved");

        ui.open("/browse/" + ISSUE);
        ui.visible(By.cssSelector(".prodops-prd-panel .prodops-open-prd"));
        assertEquals("APPROVED", panelStatus());
        assertEquals("100", driver.findElement(By.cssSelector(".prodops-prd-panel .prodops-progress")).getAttribute("data-percent"));
        assertEquals("100% complete", driver.findElement(By.cssSelector(".prodops-prd-panel .prodops-progress-value")).getText());
        assertEquals("Launch PRD \u00B7 v2", driver.findElement(By.cssSelector(".prodops-prd-panel .prodops-summary-template")).getText());
        Accessibility.assertNoSeriousViolations(driver, "issue page with the approved PRD");
        ui.screenshot("issue-approved");
        ui.assertNoConsoleErrors(browser, "reviewer pages");
        assertEquals("APPROVED", rest.get("vic", "/issues/" + ISSUE + "/prd").get("status").asText());
    }

    private void addSection(int index, String title, String kind, String guidance, String list) {
        WebDriver driver = browser.driver();
        ui.reveal(driver.findElement(By.id("prodops-tpl-add-section"))).click();
        WebElement titleInput = ui.visible(By.id("prodops-tpl-s" + index + "-title"));
        assertEquals("the new section's title has the focus", titleInput, driver.switchTo().activeElement());
        titleInput.sendKeys(title);
        new Select(driver.findElement(By.id("prodops-tpl-s" + index + "-kind"))).selectByValue(kind);
        driver.findElement(By.id("prodops-tpl-s" + index + "-required")).click();
        driver.findElement(By.id("prodops-tpl-s" + index + "-guidance")).sendKeys(guidance);
        if (list != null) {
            String field = switch (kind) {
                case "TABLE" -> "columns";
                case "PEOPLE" -> "roles";
                default -> "items";
            };
            driver.findElement(By.id("prodops-tpl-s" + index + "-" + field)).sendKeys(list);
        }
    }

    private void publish(String note) {
        WebDriver driver = browser.driver();
        WebElement noteInput = ui.reveal(driver.findElement(By.id("prodops-tpl-note")));
        noteInput.sendKeys(note);
        driver.findElement(By.id("prodops-template-publish")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), "Published version"));
    }

    private void type(By locator, String text) {
        WebElement element = ui.reveal(browser.driver().findElement(locator));
        element.click();
        element.sendKeys(text);
    }

    private String pageStatus() {
        return browser.driver().findElement(By.cssSelector(".prodops-summary-status .prodops-lozenge")).getAttribute("data-status");
    }

    private String panelStatus() {
        return browser.driver().findElement(By.cssSelector(".prodops-prd-panel .prodops-summary-status .prodops-lozenge")).getAttribute("data-status");
    }

    private static JsonNode section(JsonNode prd, String key) {
        for (JsonNode s : prd.get("sections")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key + " in " + prd);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
