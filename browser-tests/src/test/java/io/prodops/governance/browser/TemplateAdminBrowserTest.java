package io.prodops.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Template administration beyond the happy path: field errors from the API land on their fields, a stale draft
 * names who saved it and keeps the form, sections reorder with the focus following, retire/unretire, export and
 * import of JSON.
 */
public class TemplateAdminBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();
    @Rule
    public final TemporaryFolder files = new TemporaryFolder();

    private final Rest rest = new Rest(HOST.baseUri());

    private static String savedMessage() {
        return "Draft saved (revision";
    }

    @Test
    public void fieldErrorsLandOnTheirFields() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", Ui.TEMPLATES_PAGE);
        ui.visible(By.cssSelector(".prodops-template-item"));
        ui.clickable(By.id("prodops-template-new")).click();
        ui.visible(By.id("prodops-tpl-key")).sendKeys("bad key");
        ui.reveal(driver.findElement(By.id("prodops-tpl-add-section"))).click();
        ui.visible(By.id("prodops-tpl-s0-title")).sendKeys("Goals");
        driver.findElement(By.id("prodops-template-save")).click();

        WebElement summary = ui.visible(By.cssSelector("#prodops-template-messages .prodops-message.is-error"));
        assertEquals("the error summary takes the focus", summary, driver.switchTo().activeElement());
        assertEquals("true", driver.findElement(By.id("prodops-tpl-key")).getAttribute("aria-invalid"));
        assertEquals("true", driver.findElement(By.id("prodops-tpl-name")).getAttribute("aria-invalid"));
        assertTrue(driver.findElement(By.id("prodops-tpl-name-error")).getText().length() > 0);
        Accessibility.assertNoSeriousViolations(driver, "template form with field errors");
        ui.screenshot("template-errors");
        summary.findElement(By.cssSelector("a[href='#prodops-tpl-name']")).click();
        assertEquals(driver.findElement(By.id("prodops-tpl-name")), driver.switchTo().activeElement());
        ui.assertNoConsoleErrors(browser, "template errors", "status of 400");
    }

    @Test
    public void aStaleDraftNamesWhoSavedItAndKeepsTheForm() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", Ui.TEMPLATES_PAGE + "#STANDARD_PRD");
        WebElement name = ui.visible(By.id("prodops-tpl-name"));
        ui.waiting().until(d -> "Standard PRD".equals(name.getAttribute("value")));

        // an admin saves the draft meanwhile
        ObjectNode draft = (ObjectNode) rest.get("admin", "/templates/STANDARD_PRD");
        draft.put("description", "Changed by the admin.");
        rest.expect(200, "admin", "PUT", "/templates/STANDARD_PRD", draft);

        name.clear();
        name.sendKeys("Standard PRD (Olga)");
        driver.findElement(By.id("prodops-template-save")).click();
        WebElement conflict = ui.visible(By.cssSelector(".prodops-message.prodops-conflict"));
        assertTrue(conflict.getText(), conflict.getText().contains("Ada Admin saved this template at"));
        assertEquals("the form keeps the change", "Standard PRD (Olga)", driver.findElement(By.id("prodops-tpl-name")).getAttribute("value"));
        Accessibility.assertNoSeriousViolations(driver, "template conflict");
        ui.screenshot("template-conflict");

        driver.findElement(By.id("prodops-template-conflict-keep")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), savedMessage()));
        JsonNode saved = rest.get("olga", "/templates/STANDARD_PRD");
        assertEquals("Standard PRD (Olga)", saved.get("name").asText());
        ui.assertNoConsoleErrors(browser, "template conflict", "status of 409");
    }

    @Test
    public void sectionsReorderWithTheFocusFollowing() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", Ui.TEMPLATES_PAGE + "#STANDARD_PRD");
        ui.visible(By.id("prodops-tpl-toggle-all")).click();
        WebElement secondTitle = ui.visible(By.id("prodops-tpl-s1-title"));
        String second = secondTitle.getAttribute("value");
        ui.reveal(driver.findElement(By.id("prodops-tpl-s1-up"))).click();
        assertEquals(second, driver.findElement(By.id("prodops-tpl-s0-title")).getAttribute("value"));
        assertEquals("the focus stays on the moved section's button", "prodops-tpl-s0-down", driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(driver.findElement(By.id("prodops-template-dirty")).isDisplayed());
        driver.findElement(By.id("prodops-template-save")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), savedMessage()));
        assertEquals(second, rest.get("olga", "/templates/STANDARD_PRD").get("sections").get(0).get("title").asText());
        ui.assertNoConsoleErrors(browser, "reordering");
    }

    @Test
    public void retireUnretireExportAndImport() throws Exception {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", Ui.TEMPLATES_PAGE + "#STANDARD_PRD");
        ui.clickable(By.id("prodops-template-retire")).click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), "Template retired"));
        assertEquals("RETIRED", rest.get("olga", "/templates/STANDARD_PRD").get("status").asText());
        assertEquals("the focus moves to the opposite action", "prodops-template-unretire", driver.switchTo().activeElement().getAttribute("id"));
        driver.switchTo().activeElement().click();
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-messages"), "Template available again"));
        assertEquals("PUBLISHED", rest.get("olga", "/templates/STANDARD_PRD").get("status").asText());

        driver.findElement(By.id("prodops-template-export")).click();
        ui.waiting().until(ExpectedConditions.textToBe(By.id("prodops-templates-status"), "Export ready: the JSON file is downloading."));

        // import: the export of the standard template under another key
        ObjectNode export = (ObjectNode) rest.get("olga", "/templates/export?key=STANDARD_PRD");
        ObjectNode template = (ObjectNode) export.get("templates").get(0);
        template.put("key", "IMPORTED_PRD");
        template.put("name", "Imported PRD");
        Path file = files.newFile("imported.json").toPath();
        Files.writeString(file, Rest.JSON.writeValueAsString(export), StandardCharsets.UTF_8);
        driver.findElement(By.id("prodops-import-file")).sendKeys(file.toAbsolutePath().toString());
        ui.waiting().until(ExpectedConditions.textToBe(By.id("prodops-templates-status"),
                "Imported 1 template(s) as drafts. Published versions are never overwritten."));
        ui.visible(By.cssSelector(".prodops-template-item[data-key='IMPORTED_PRD']"));
        ui.waiting().until(ExpectedConditions.textToBe(By.id("prodops-template-heading"), "Template: Imported PRD"));
        assertEquals("Imported PRD", rest.get("olga", "/templates/IMPORTED_PRD").get("name").asText());
        Accessibility.assertNoSeriousViolations(driver, "template page after an import");
        ui.screenshot("template-imported");

        Path broken = files.newFile("broken.json").toPath();
        Files.writeString(broken, "not json", StandardCharsets.UTF_8);
        driver.findElement(By.id("prodops-import-file")).sendKeys(broken.toAbsolutePath().toString());
        ui.waiting().until(ExpectedConditions.textToBe(By.id("prodops-templates-status"), "broken.json is not a JSON file."));
        assertTrue(driver.findElement(By.id("prodops-templates-status")).getAttribute("class").contains("is-error"));
        ui.assertNoConsoleErrors(browser, "retire, export, import");
    }
}
