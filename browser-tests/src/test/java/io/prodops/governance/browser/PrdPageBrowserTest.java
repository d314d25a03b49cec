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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The PRD page beyond the happy path: a 409 on autosave (who and when, the writer's text kept, their version loaded
 * on request), the upgrade banner with preview and apply, requesting changes and the history tab, what viewers and
 * strangers see. The PRDs are set up through the REST API; every page state runs through axe-core.
 */
public class PrdPageBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private final Rest rest = new Rest(HOST.baseUri());

    private Ui ui() {
        return new Ui(browser.driver(), HOST);
    }

    private JsonNode createPrd(String issueKey, String templateKey, Integer version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateKey", templateKey);
        if (version != null) {
            body.put("version", version);
        }
        return rest.expect(201, "pete", "POST", "/issues/" + issueKey + "/prd", body);
    }

    private static JsonNode section(JsonNode prd, String key) {
        for (JsonNode s : prd.get("sections")) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no section " + key);
    }

    @Test
    public void aConflictingSaveNamesWhoChangedTheSectionAndKeepsTheWritersText() {
        WebDriver driver = browser.driver();
        Ui ui = ui();
        JsonNode prd = createPrd("NOVA-1", "STANDARD_PRD", null);
        ui.logIn("pete", Ui.prdPage("NOVA-1"));
        WebElement goals = ui.visible(By.cssSelector("[data-section='goals'] .ql-editor"));

        // meanwhile, in another tab, the same section is saved (the page still holds the old revision)
        rest.expect(200, "pete", "PUT", "/issues/NOVA-1/prd/sections/goals",
                Map.of("content", "<p>Their goals, saved first.</p>", "revision", section(prd, "goals").get("revision").asInt()));

        ui.reveal(goals).click();
        goals.sendKeys("My goals, typed in this tab.");
        driver.findElement(By.id("prodops-prd-heading")).click();
        WebElement conflict = ui.visible(By.cssSelector("[data-section='goals'] .prodops-conflict"));
        assertTrue(conflict.getText(), conflict.getText().startsWith("\u26A0 Pete Product saved this section at "));
        assertEquals("alert", conflict.getAttribute("role"));
        assertTrue("the writer's text is still in the editor", goals.getText().contains("My goals, typed in this tab."));
        Accessibility.assertNoSeriousViolations(driver, "PRD page with a conflict");
        ui.screenshot("prd-conflict");

        driver.findElement(By.cssSelector("[data-section='goals'] .prodops-conflict-load")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElement(goals, "Their goals, saved first."));
        assertFalse(goals.getText().contains("My goals"));
        WebElement mine = ui.visible(By.cssSelector("[data-section='goals'] .prodops-mine-text"));
        assertEquals("My goals, typed in this tab.", mine.getAttribute("value"));
        assertEquals("the focus is back in the editor", "ql-editor", driver.switchTo().activeElement().getAttribute("class").split(" ")[0]);

        // saving again now works from the loaded revision
        goals.sendKeys(Keys.END, " And mine.");
        driver.findElement(By.id("prodops-prd-heading")).click();
        ui.waiting().until(d -> rest.get("pete", "/issues/NOVA-1/prd").toString().contains("And mine."));
        ui.assertNoConsoleErrors(browser, "PRD page with a conflict", "status of 409");
    }

    @Test
    public void theEditorsWorkWithTheKeyboard() {
        WebDriver driver = browser.driver();
        Ui ui = ui();
        createPrd("NOVA-3", "STANDARD_PRD", null);
        ui.logIn("pete", Ui.prdPage("NOVA-3"));
        WebElement toolbar = ui.visible(By.cssSelector("[data-section='goals'] .prodops-richtext-toolbar"));
        assertEquals("toolbar", toolbar.getAttribute("role"));
        List<WebElement> buttons = toolbar.findElements(By.tagName("button"));
        assertEquals("one Tab stop per toolbar", 1, buttons.stream().filter(b -> "0".equals(b.getAttribute("tabindex"))).count());
        ui.reveal(buttons.get(0)).sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Subheading", driver.switchTo().activeElement().getAttribute("aria-label"));
        driver.switchTo().activeElement().sendKeys(Keys.END);
        assertEquals("Clear formatting", driver.switchTo().activeElement().getAttribute("aria-label"));

        WebElement editor = driver.findElement(By.cssSelector("[data-section='goals'] .ql-editor"));
        assertEquals("textbox", editor.getAttribute("role"));
        assertEquals(driver.findElement(By.cssSelector("[data-section='goals'] .prodops-section-title")).getAttribute("id"),
                editor.getAttribute("aria-labelledby"));
        editor.click();
        editor.sendKeys("Typed with the keyboard", Keys.TAB);
        assertTrue("Tab leaves the editor", !editor.equals(driver.switchTo().activeElement()));
        assertFalse("no tab character", editor.getText().contains("\t"));
        ui.waiting().until(d -> rest.get("pete", "/issues/NOVA-3/prd").toString().contains("Typed with the keyboard"));
        ui.assertNoConsoleErrors(browser, "keyboard editing");
    }

    @Test
    public void theUpgradeBannerPreviewsAndAppliesANewerTemplateVersion() {
        WebDriver driver = browser.driver();
        Ui ui = ui();
        Map<String, Object> v1 = template("UPGRADE_ME", List.of(
                section("why", "Why", "RICH_TEXT", true), section("old-notes", "Old notes", "RICH_TEXT", false)));
        rest.expect(201, "olga", "POST", "/templates", v1);
        int revision = rest.get("olga", "/templates/UPGRADE_ME").get("revision").asInt();
        revision = rest.expect(200, "olga", "POST", "/templates/UPGRADE_ME/publish", Map.of("note", "v1", "revision", revision)).get("revision").asInt();
        createPrd("PHX-7", "UPGRADE_ME", 1);
        Map<String, Object> v2 = template("UPGRADE_ME", List.of(
                section("why", "Why", "RICH_TEXT", true), section("launch", "Launch", "CHECKLIST", false)));
        v2.put("revision", revision);
        revision = rest.expect(200, "olga", "PUT", "/templates/UPGRADE_ME", v2).get("revision").asInt();
        rest.expect(200, "olga", "POST", "/templates/UPGRADE_ME/publish", Map.of("note", "v2", "revision", revision));

        ui.logIn("pete", Ui.prdPage("PHX-7"));
        WebElement banner = ui.visible(By.cssSelector(".prodops-upgrade"));
        assertTrue(banner.getText(), banner.getText().contains("has a newer version: v2 (this PRD uses v1)"));
        driver.findElement(By.id("prodops-upgrade-preview")).click();
        WebElement preview = ui.visible(By.cssSelector(".prodops-preview-list"));
        assertTrue(preview.getText(), preview.getText().contains("Kept Why"));
        assertTrue(preview.getText(), preview.getText().contains("Archived Old notes"));
        assertTrue(preview.getText(), preview.getText().contains("New section Launch"));
        Accessibility.assertNoSeriousViolations(driver, "PRD page with the upgrade preview");
        ui.screenshot("prd-upgrade-preview");

        driver.findElement(By.id("prodops-upgrade-apply")).click();
        ui.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".prodops-summary-template"), "UPGRADE_ME name \u00B7 v2"));
        assertTrue("no banner once upgraded", driver.findElements(By.cssSelector(".prodops-upgrade")).isEmpty());
        assertEquals("the dropped section is kept, archived", 1, driver.findElements(By.cssSelector("details.prodops-archived [data-section='old-notes']")).size());
        ui.visible(By.cssSelector("[data-section='launch']"));
        assertEquals(2, rest.get("pete", "/issues/PHX-7/prd").get("template").get("version").asInt());
        ui.assertNoConsoleErrors(browser, "PRD page upgrade");
    }

    @Test
    public void aReviewerRequestsChangesAndTheHistoryShowsWhatHappened() {
        WebDriver driver = browser.driver();
        Ui ui = ui();
        JsonNode prd = createPrd("NOVA-2", "STANDARD_PRD", null);
        rest.expect(200, "pete", "POST", "/issues/NOVA-2/prd/submit", Map.of("reviewers", List.of("JIRAUSER10102"), "revision", prd.get("revision").asInt()));

        ui.logIn("vic", Ui.prdPage("NOVA-2"));
        WebElement changes = ui.clickable(By.id("prodops-prd-request-changes"));
        changes.click();
        WebElement comment = driver.findElement(By.id("prodops-prd-review-comment"));
        assertEquals("a comment is asked for first", comment, driver.switchTo().activeElement());
        comment.sendKeys("Name the metrics before the review.");
        changes.click();
        ui.waiting().until(d -> "CHANGES_REQUESTED".equals(d.findElement(By.cssSelector(".prodops-summary-status .prodops-lozenge")).getAttribute("data-status")));
        assertEquals("Name the metrics before the review.", driver.findElement(By.cssSelector(".prodops-reviewer-comment")).getText());

        driver.findElement(By.cssSelector("[role=tab][data-tab='history']")).click();
        WebElement history = ui.visible(By.cssSelector(".prodops-history-table"));
        String text = history.getText();
        assertTrue(text, text.contains("Vic Viewer"));
        assertTrue(text, text.contains("Pete Product"));
        assertTrue(history.findElements(By.cssSelector("tbody tr")).size() >= 3);
        Accessibility.assertNoSeriousViolations(driver, "PRD history tab");
        ui.screenshot("prd-history");

        // the tabs work with the keyboard
        WebElement historyTab = driver.findElement(By.cssSelector("[role=tab][data-tab='history']"));
        historyTab.sendKeys(Keys.ARROW_LEFT);
        WebElement sectionsTab = driver.findElement(By.cssSelector("[role=tab][data-tab='sections']"));
        assertEquals("true", sectionsTab.getAttribute("aria-selected"));
        assertEquals(sectionsTab, driver.switchTo().activeElement());
        ui.assertNoConsoleErrors(browser, "review and history");
    }

    @Test
    public void viewersReadStrangersGetNotFoundAndTheTemplatePageIsForOpsManagers() {
        WebDriver driver = browser.driver();
        Ui ui = ui();
        createPrd("NOVA-7", "STANDARD_PRD", null);
        ui.logIn("vic", Ui.prdPage("NOVA-7"));
        ui.visible(By.cssSelector(".prodops-section"));
        assertTrue("no editors", driver.findElements(By.cssSelector(".prodops-richtext-toolbar, input.prodops-cell, #prodops-prd-submit")).isEmpty());
        Accessibility.assertNoSeriousViolations(driver, "PRD page for a viewer");
        ui.screenshot("prd-viewer");

        ui.open("/browse/PHX-12");
        ui.visible(By.cssSelector(".prodops-panel-none"));
        assertTrue("a viewer cannot create a PRD", driver.findElements(By.cssSelector(".prodops-create-form")).isEmpty());
        Accessibility.assertNoSeriousViolations(driver, "issue page for a viewer");

        ui.open(Ui.prdPage("SEC-1"));
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        ui.open(Ui.TEMPLATES_PAGE);
        assertEquals("Access denied", driver.findElement(By.tagName("h1")).getText());
        Accessibility.assertNoSeriousViolations(driver, "template page refused");
        ui.open("/issues");
        ui.visible(By.id("issues-heading"));
        assertTrue(driver.findElements(By.linkText("SEC-1")).isEmpty());
        Accessibility.assertNoSeriousViolations(driver, "issue list");
        ui.screenshot("issue-list");
        ui.assertNoConsoleErrors(browser, "viewer pages", "status of 404", "status of 403");
    }

    private static Map<String, Object> template(String key, List<Map<String, Object>> sections) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("key", key);
        t.put("name", key + " name");
        t.put("description", "for the upgrade test");
        t.put("sections", sections);
        return t;
    }

    private static Map<String, Object> section(String key, String title, String kind, boolean required) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("key", key);
        s.put("title", title);
        s.put("kind", kind);
        s.put("required", required);
        if (kind.equals("CHECKLIST")) {
            s.put("items", List.of("Release notes"));
        }
        return s;
    }
}
