package io.prodops.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * A template and a PRD carrying the XSS corpus (src/test/resources/xss-browser-payloads.txt) in every text they
 * hold - template name, description, section titles, guidance, columns, items, roles, starter content, change note;
 * rich text, table cells, checklist items, metrics, a reviewer's comment - rendered on the PRD page (as editor and as
 * reader), the PRD panel of the issue page and the template administration page (edit form, versions, diff). No
 * payload may run (no alert, window.__xss never set), none may become markup (no handler attribute, script, frame or
 * javascript: URL inside the app's parts of the page, no CSP violation), and the text must be shown as written.
 */
public class XssBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    static final List<String> PAYLOADS = payloads();
    private static final String TEMPLATE = "XSS_PRD";
    private static final String ISSUE = "PHX-2";
    private static final int SECTIONS = 60;
    private static final String COMMENT = "<img src=x onerror=window.__xss=1> and <script>window.__xss=1</script>";

    private Ui ui;

    static List<String> payloads() {
        try (InputStream in = XssBrowserTest.class.getResourceAsStream("/xss-browser-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String payload(int i) {
        return PAYLOADS.get(Math.floorMod(i, PAYLOADS.size()));
    }

    private static List<String> payloadsUpTo(int count, int maxLength) {
        return PAYLOADS.stream().filter(p -> p.length() <= maxLength).limit(count).toList();
    }

    /** The template (published, then a changed draft for the diff) and the PRD, written through the REST API. */
    @BeforeClass
    public static void storePayloads() {
        Browser.requireChromium();
        assertTrue("at least 50 payloads", PAYLOADS.size() >= 50);
        Rest rest = new Rest(HOST.baseUri());
        rest.expect(201, "olga", "POST", "/templates", template(false, null));
        JsonNode draft = rest.get("olga", "/templates/" + TEMPLATE);
        rest.expect(200, "olga", "POST", "/templates/" + TEMPLATE + "/publish", Map.of("note", payload(5), "revision", draft.get("revision").asInt()));
        draft = rest.get("olga", "/templates/" + TEMPLATE);
        rest.expect(200, "olga", "PUT", "/templates/" + TEMPLATE, template(true, draft.get("revision").asInt()));

        JsonNode prd = rest.expect(201, "pete", "POST", "/issues/" + ISSUE + "/prd", Map.of("templateKey", TEMPLATE));
        for (JsonNode section : prd.get("sections")) {
            String key = section.get("key").asText();
            Object content = content(section.get("kind").asText(), key, section);
            rest.expect(200, "pete", "PUT", "/issues/" + ISSUE + "/prd/sections/" + key, Map.of("content", content, "revision", section.get("revision").asInt()));
        }
        prd = rest.get("pete", "/issues/" + ISSUE + "/prd");
        rest.expect(200, "pete", "POST", "/issues/" + ISSUE + "/prd/submit", Map.of("reviewers", List.of("JIRAUSER10100"), "revision", prd.get("revision").asInt()));
        rest.expect(200, "olga", "POST", "/issues/" + ISSUE + "/prd/reviews", Map.of("decision", "REQUEST_CHANGES", "comment", COMMENT));
    }

    private static Map<String, Object> template(boolean changed, Integer revision) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("key", TEMPLATE);
        template.put("name", payload(0));
        StringBuilder description = new StringBuilder();
        for (String p : PAYLOADS) {
            if (description.length() + p.length() + 1 < 4000) {
                description.append(p).append('\n');
            }
        }
        template.put("description", description.toString());
        List<Map<String, Object>> sections = new ArrayList<>();
        String[] kinds = {"RICH_TEXT", "TABLE", "CHECKLIST", "METRICS", "PEOPLE", "DATE"};
        for (int i = 0; i < SECTIONS; i++) {
            String kind = i < kinds.length ? kinds[i] : "RICH_TEXT";
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("key", "s" + i);
            section.put("title", payload(changed ? SECTIONS - i : i));
            section.put("kind", kind);
            section.put("required", i < 8);
            section.put("guidance", payload(i + 7));
            switch (kind) {
                case "RICH_TEXT" -> section.put("starterContent", i == 0 ? String.join("\n", PAYLOADS) : payload(i + 3));
                case "TABLE" -> section.put("columns", payloadsUpTo(20, 255));
                case "CHECKLIST", "METRICS" -> section.put("items", payloadsUpTo(100, 1000));
                case "PEOPLE" -> section.put("roles", payloadsUpTo(20, 100));
                default -> {
                }
            }
            sections.add(section);
        }
        template.put("sections", sections);
        if (revision != null) {
            template.put("revision", revision);
        }
        return template;
    }

    private static Object content(String kind, String key, JsonNode section) {
        int index = Integer.parseInt(key.substring(1));
        return switch (kind) {
            case "RICH_TEXT" -> index == 0 ? String.join("", PAYLOADS) : payload(index);
            case "TABLE" -> {
                int columns = section.get("columns").size();
                List<List<String>> rows = new ArrayList<>();
                for (int start = 0; start < PAYLOADS.size(); start += columns) {
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        row.add(payload(start + c));
                    }
                    rows.add(row);
                }
                yield rows;
            }
            case "CHECKLIST" -> PAYLOADS.stream().map(p -> Map.of("text", p, "done", p.length() % 2 == 0)).toList();
            case "METRICS" -> PAYLOADS.stream().limit(30).map(p -> Map.of("name", p, "baseline", p, "target", p, "actual", p)).toList();
            case "PEOPLE" -> {
                Map<String, List<String>> people = new LinkedHashMap<>();
                section.get("content").fieldNames().forEachRemaining(role -> people.put(role, List.of("JIRAUSER10101")));
                yield people;
            }
            default -> "2026-12-01";
        };
    }

    @Test
    public void thePrdPageShowsThePayloadsAsTextToItsEditor() {
        WebDriver driver = browser.driver();
        ui = new Ui(driver, HOST);
        ui.logIn("pete", Ui.prdPage(ISSUE));
        ui.visible(By.cssSelector("[data-section='s0'] .ql-editor"));
        ui.waiting().until(d -> d.findElements(By.cssSelector(".prodops-section")).size() == SECTIONS);
        ui.assertNothingRan("PRD page (editing)");
        assertEquals("section titles are text", payload(1), sectionTitle("s1"));
        assertEquals(payload(8), driver.findElement(By.cssSelector("[data-section='s1'] .prodops-guidance")).getText());
        assertEquals("table cells are input values", payload(0),
                driver.findElement(By.cssSelector("[data-section='s1'] tbody input")).getAttribute("value"));
        assertEquals(payload(0), driver.findElement(By.cssSelector("[data-section='s2'] input[type=text]")).getAttribute("value"));
        assertEquals("the reviewer's comment is text", COMMENT, driver.findElement(By.cssSelector(".prodops-reviewer-comment")).getText());
        ui.screenshot("xss-prd-page");

        driver.findElement(By.cssSelector("[role=tab][data-tab='history']")).click();
        ui.visible(By.cssSelector(".prodops-history-table"));
        ui.assertNothingRan("PRD history");
        ui.assertNoConsoleErrors(browser, "PRD page (editing)");
    }

    @Test
    public void thePrdPageShowsThePayloadsAsTextToAViewer() {
        WebDriver driver = browser.driver();
        ui = new Ui(driver, HOST);
        ui.logIn("vic", Ui.prdPage(ISSUE));
        ui.waiting().until(d -> d.findElements(By.cssSelector(".prodops-section")).size() == SECTIONS);
        assertTrue("a viewer gets no editors", driver.findElements(By.cssSelector(".prodops-richtext-toolbar, .prodops-grid input")).isEmpty());
        ui.assertNothingRan("PRD page (reading)");
        WebElement cell = driver.findElement(By.cssSelector("[data-section='s1'] tbody td"));
        assertEquals(payload(0), cell.getText());
        assertEquals(payload(0), driver.findElement(By.cssSelector("[data-section='s3'] tbody td")).getText());
        ui.screenshot("xss-prd-page-reader");
        ui.assertNoConsoleErrors(browser, "PRD page (reading)");
    }

    @Test
    public void theIssuePagePanelShowsThePayloadsAsText() {
        WebDriver driver = browser.driver();
        ui = new Ui(driver, HOST);
        ui.logIn("pete", "/browse/" + ISSUE);
        ui.visible(By.cssSelector(".prodops-prd-panel .prodops-open-prd"));
        ui.assertNothingRan("issue page with the PRD panel");
        assertEquals(payload(0) + " \u00B7 v1", driver.findElement(By.cssSelector(".prodops-prd-panel .prodops-summary-template")).getText());
        assertEquals(COMMENT, driver.findElement(By.cssSelector(".prodops-prd-panel .prodops-reviewer-comment")).getText());
        ui.screenshot("xss-issue-panel");
        ui.assertNoConsoleErrors(browser, "issue page");
    }

    @Test
    public void theTemplatePageShowsThePayloadsAsText() {
        WebDriver driver = browser.driver();
        ui = new Ui(driver, HOST);
        ui.logIn("olga", Ui.TEMPLATES_PAGE + "#" + TEMPLATE);
        WebElement open = ui.visible(By.cssSelector(".prodops-template-item[data-key='" + TEMPLATE + "'] .prodops-template-open"));
        assertEquals(payload(0), open.getText());
        ui.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("prodops-template-heading"), payload(0)));
        ui.assertNothingRan("template page");
        assertEquals(payload(0), driver.findElement(By.id("prodops-tpl-name")).getAttribute("value"));

        driver.findElement(By.id("prodops-tpl-toggle-all")).click();
        ui.visible(By.cssSelector("#prodops-tpl-s0-starterContent .ql-editor"));
        assertEquals(payload(SECTIONS), driver.findElement(By.id("prodops-tpl-s0-title")).getAttribute("value"));
        ui.assertNothingRan("template page, every section open");
        ui.screenshot("xss-template-sections");

        driver.findElement(By.cssSelector("[role=tab][data-tab='versions']")).click();
        WebElement note = ui.visible(By.cssSelector("tr[data-version='1'] td"));
        assertEquals(payload(5), note.getText());
        driver.findElement(By.cssSelector("tr[data-version='1'] .prodops-version-view-button")).click();
        ui.visible(By.cssSelector(".prodops-version-sections"));
        ui.assertNothingRan("template version view");
        new Select(driver.findElement(By.id("prodops-diff-from"))).selectByValue("1");
        new Select(driver.findElement(By.id("prodops-diff-to"))).selectByValue("draft");
        driver.findElement(By.id("prodops-diff-show")).click();
        ui.visible(By.cssSelector("#prodops-diff .prodops-diff-list"));
        assertTrue(driver.findElement(By.id("prodops-diff")).getText().contains(payload(SECTIONS)));
        ui.assertNothingRan("template diff");
        ui.screenshot("xss-template-diff");
        ui.assertNoConsoleErrors(browser, "template page");
    }

    private String sectionTitle(String key) {
        return (String) ui.js("var h = document.querySelector('[data-section=\"' + arguments[0] + '\"] .prodops-section-title');"
                + " return h.firstChild.textContent;", key);
    }
}
