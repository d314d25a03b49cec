package io.prodops.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The portfolio page on the standalone demo: olga (ops manager) filters to RED, groups by project, reads why a row is
 * red, saves the view shared and exports it as CSV; vic (browses PHX, ATL and NOVA, not SEC) opens that shared view and
 * sees only his projects' rows, in the page and in the export. Keyboard sorting, the empty state and axe-core are
 * checked on the way.
 */
public class PortfolioBrowserTest {
    static final String PORTFOLIO = "/plugins/servlet/prodops/portfolio";

    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private final Rest rest = new Rest(HOST.baseUri());

    private static final By ROWS = By.cssSelector("#prodops-pf-table tr.prodops-pf-row");

    @Test
    public void anOpsManagerSharesTheRedViewAndAViewerSeesOnlyHisProjectsInIt() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", PORTFOLIO);
        ui.visible(By.id("prodops-pf-table"));
        int everything = rest.get("olga", "portfolio?size=1").path("total").asInt();
        assertEquals("all of olga's initiatives on the first page", everything, rows(driver).size());
        assertTrue("the total is spelled out", driver.findElement(By.id("prodops-pf-summary")).getText().startsWith(everything + " initiatives"));
        chartsHaveTables(driver);
        Accessibility.assertNoSeriousViolations(driver, "portfolio page");
        ui.screenshot("portfolio-all");

        // RED only, grouped by project
        ui.reveal(driver.findElement(By.id("prodops-pf-health-RED"))).click();
        ui.waiting().until(d -> keys(d).equals(expectedKeys("olga", "health=RED")));
        new Select(driver.findElement(By.id("prodops-pf-groupby"))).selectByValue("project");
        WebElement sec = ui.visible(By.cssSelector("#prodops-pf-table tr.prodops-pf-group[data-group='SEC']"));
        assertTrue("per-group totals: " + sec.getText(), sec.getText().contains("one initiative"));
        WebElement nova = driver.findElement(By.cssSelector("#prodops-pf-table tr.prodops-pf-group[data-group='NOVA']"));
        assertTrue(nova.getText(), nova.getText().contains("2 initiatives"));
        for (WebElement row : rows(driver)) {
            assertEquals("RED", row.getAttribute("data-health"));
            WebElement lozenge = row.findElement(By.cssSelector(".prodops-pf-health"));
            assertTrue("health as text, not colour alone: " + lozenge.getText(), lozenge.getText().contains("RED"));
        }
        assertTrue("the URL keeps the state", driver.getCurrentUrl().contains("health=RED") && driver.getCurrentUrl().contains("groupBy=project"));

        // why is SEC-2 red?
        WebElement secRow = driver.findElement(By.cssSelector("tr.prodops-pf-row[data-key='SEC-2']"));
        WebElement why = secRow.findElement(By.cssSelector(".prodops-pf-why"));
        assertEquals("false", why.getAttribute("aria-expanded"));
        why.sendKeys(Keys.ENTER);
        WebElement reasons = ui.visible(By.id(why.getAttribute("aria-controls")));
        assertEquals("true", why.getAttribute("aria-expanded"));
        assertTrue(reasons.getText(), reasons.getText().contains("passed") && reasons.getText().contains("not done"));
        assertTrue("the reasons on hover too", secRow.findElement(By.cssSelector(".prodops-pf-health")).getAttribute("title").contains("not done"));
        Accessibility.assertNoSeriousViolations(driver, "portfolio grouped, reasons open");
        ui.screenshot("portfolio-red-by-project");

        // saved and shared
        ui.reveal(driver.findElement(By.id("prodops-pf-save-view"))).click();
        WebElement name = ui.visible(By.id("prodops-pf-view-name"));
        assertEquals("the form takes the focus", name, driver.switchTo().activeElement());
        name.sendKeys("Red <img src=x onerror=window.__xss=1> launches");
        driver.findElement(By.id("prodops-pf-view-shared")).click();
        driver.findElement(By.id("prodops-pf-view-submit")).click();
        ui.waiting().until(d -> d.findElement(By.id("prodops-pf-messages")).getText().contains("saved"));
        Select views = new Select(driver.findElement(By.id("prodops-pf-view")));
        assertTrue(views.getFirstSelectedOption().getText(), views.getFirstSelectedOption().getText().startsWith("Red <img src=x onerror=window.__xss=1> launches"));
        ui.waiting().until(d -> d.getCurrentUrl().contains("view="));
        String viewId = driver.getCurrentUrl().replaceAll(".*[?&]view=(\\d+).*", "$1");
        JsonNode saved = rest.get("olga", "portfolio/views").path("items");
        JsonNode view = null;
        for (JsonNode v : saved) {
            if (v.path("id").asText().equals(viewId)) {
                view = v;
            }
        }
        assertNotNull("the view was stored: " + saved, view);
        assertTrue("shared", view.path("shared").asBoolean());
        assertEquals("project", view.path("groupBy").asText());
        assertEquals("RED", view.path("filters").path("health").get(0).asText());
        ui.assertNothingRan("portfolio with a view name that looks like markup");

        // the CSV export of the view, as the browser downloads it
        String csv = download(driver, driver.findElement(By.id("prodops-pf-export-csv")).getAttribute("href"));
        assertTrue("UTF-8 with a byte-order mark", csv.startsWith("\uFEFF"));
        List<String> csvKeys = csvKeys(csv);
        assertEquals("the export honours the view's filters", expectedKeys("olga", "health=RED"), Set.copyOf(csvKeys));
        assertTrue("SEC-2 is olga's", csvKeys.contains("SEC-2"));
        ui.assertNoConsoleErrors(browser, "portfolio page (olga)");

        // vic opens the shared view: only PHX, ATL and NOVA rows, in the page and in both exports
        ui.logIn("vic", PORTFOLIO + "?view=" + viewId);
        ui.visible(By.id("prodops-pf-table"));
        ui.waiting().until(d -> new Select(d.findElement(By.id("prodops-pf-view"))).getFirstSelectedOption().getAttribute("value").equals(viewId));
        Set<String> vicSees = keys(driver);
        assertEquals(expectedKeys("vic", "view=" + viewId), vicSees);
        assertFalse("the view has rows for vic", vicSees.isEmpty());
        assertTrue("no SEC row for vic: " + vicSees, vicSees.stream().noneMatch(k -> k.startsWith("SEC-")));
        assertTrue("no SEC group for vic", driver.findElements(By.cssSelector("tr.prodops-pf-group[data-group='SEC']")).isEmpty());
        List<String> projectChoices = new Select(driver.findElement(By.id("prodops-pf-project"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertEquals("vic's project filter offers his projects only", List.of("ATL", "NOVA", "PHX"), projectChoices);
        assertTrue("vic may not edit olga's view", driver.findElements(By.id("prodops-pf-update-view")).isEmpty());
        assertTrue("vic may not delete olga's view", driver.findElements(By.id("prodops-pf-delete-view")).isEmpty());
        String vicCsv = download(driver, driver.findElement(By.id("prodops-pf-export-csv")).getAttribute("href"));
        assertEquals(vicSees, Set.copyOf(csvKeys(vicCsv)));
        String vicJson = download(driver, driver.findElement(By.id("prodops-pf-export-json")).getAttribute("href"));
        assertFalse("no SEC issue in vic's JSON export", vicJson.contains("\"SEC-"));
        assertTrue(vicJson.contains("\"NOVA-14\""));
        ui.assertNothingRan("the shared view as vic");
        Accessibility.assertNoSeriousViolations(driver, "shared view as a viewer");
        ui.screenshot("portfolio-shared-view-vic");
        ui.assertNoConsoleErrors(browser, "portfolio page (vic)");
    }

    @Test
    public void sortingWorksFromTheKeyboardAndEmptyAndErrorStatesSayWhatToDo() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("pete", PORTFOLIO + "?sort=key");
        ui.visible(By.id("prodops-pf-table"));
        WebElement keyHeader = driver.findElement(By.cssSelector("#prodops-pf-table th[aria-sort] [data-sort='key']"));
        assertEquals("ascending", keyHeader.findElement(By.xpath("..")).getAttribute("aria-sort"));
        List<String> ascending = rowKeys(driver);
        keyHeader.sendKeys(Keys.ENTER);
        ui.waiting().until(d -> "descending".equals(d.findElement(By.cssSelector("#prodops-pf-table [data-sort='key']"))
                .findElement(By.xpath("..")).getAttribute("aria-sort")));
        assertEquals("the sort button keeps the focus", "key", driver.switchTo().activeElement().getAttribute("data-sort"));
        List<String> descending = rowKeys(driver);
        assertEquals(ascending.size(), descending.size());
        assertEquals("the first row in descending order is the last ascending one", ascending.get(ascending.size() - 1), descending.get(0));
        assertTrue(driver.getCurrentUrl().contains("sort=key%2Cdesc") || driver.getCurrentUrl().contains("sort=key,desc"));

        WebElement text = driver.findElement(By.id("prodops-pf-q"));
        text.sendKeys("no initiative is called this");
        text.sendKeys(Keys.ENTER);
        WebElement empty = ui.visible(By.id("prodops-pf-empty"));
        assertTrue(empty.getText(), empty.getText().contains("No initiative matches these filters"));
        empty.findElement(By.tagName("button")).click();
        ui.visible(By.id("prodops-pf-table"));
        assertEquals("clearing the filters brings the rows back", ascending.size(), rows(driver).size());
        Accessibility.assertNoSeriousViolations(driver, "portfolio sorted by key");

        // a scope the search refuses: the error names the field, says what to do, and Retry/Clear are offered
        driver.findElement(By.cssSelector(".prodops-pf-advanced summary")).click();
        WebElement jql = ui.visible(By.id("prodops-pf-jql"));
        jql.sendKeys("project = NOSUCH");
        driver.findElement(By.id("prodops-pf-apply")).click();
        WebElement error = ui.visible(By.cssSelector("#prodops-pf-messages .prodops-message.is-error"));
        assertTrue(error.getText(), error.getText().contains("could not be loaded"));
        assertEquals("the error takes the focus", error, driver.switchTo().activeElement());
        assertEquals("true", jql.getAttribute("aria-invalid"));
        assertFalse("the field says what is wrong", driver.findElement(By.id("prodops-pf-jql-error")).getText().isBlank());
        assertTrue("no stale rows under an error", rows(driver).isEmpty());
        ui.visible(By.id("prodops-pf-retry"));
        Accessibility.assertNoSeriousViolations(driver, "portfolio with a refused scope");
        ui.screenshot("portfolio-jql-error");
        error.findElement(By.xpath(".//button[not(@id='prodops-pf-retry')]")).click();
        ui.visible(By.id("prodops-pf-table"));
        assertEquals("clear brings everything back", ascending.size(), rows(driver).size());
        ui.assertNoConsoleErrors(browser, "portfolio page (pete)", "status of 400");
    }

    @Test
    public void messagesWithChoicesAreFormattedInTheBrowserAsMessageFormatWould() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("pete", PORTFOLIO);
        ui.visible(By.id("prodops-pf-table"));
        String pattern = "{0,choice,0#No initiatives|1#One initiative|1<{0} initiatives} in {1}, it''s {2}";
        assertEquals("No initiatives in PHX, it's done", ui.js("return ProdOps.ui.format(arguments[0], [0, 'PHX', 'done'])", pattern));
        assertEquals("One initiative in PHX, it's done", ui.js("return ProdOps.ui.format(arguments[0], [1, 'PHX', 'done'])", pattern));
        assertEquals("12 initiatives in PHX, it's done", ui.js("return ProdOps.ui.format(arguments[0], [12, 'PHX', 'done'])", pattern));
        assertEquals("an unknown placeholder is left as written", "{x} 3",
                ui.js("return ProdOps.ui.format('{x} {0}', [3])"));
    }

    private static List<WebElement> rows(WebDriver driver) {
        return driver.findElements(ROWS);
    }

    private static List<String> rowKeys(WebDriver driver) {
        return rows(driver).stream().map(r -> r.getAttribute("data-key")).toList();
    }

    private static Set<String> keys(WebDriver driver) {
        return Set.copyOf(rowKeys(driver));
    }

    /** What REST says the user should see for a query: the page must show exactly these keys. */
    private Set<String> expectedKeys(String user, String query) {
        JsonNode rows = rest.get(user, "portfolio?size=200&" + query).path("rows");
        Set<String> keys = new java.util.HashSet<>();
        rows.forEach(r -> keys.add(r.path("issueKey").asText()));
        return keys;
    }

    private static void chartsHaveTables(WebDriver driver) {
        for (String chart : List.of("health", "launches", "funnel", "experiments")) {
            WebElement table = driver.findElement(By.id("prodops-pf-chart-" + chart + "-table"));
            assertFalse("chart " + chart + " has a table equivalent", table.findElements(By.cssSelector("tbody tr")).isEmpty());
            assertNotNull("chart " + chart + " has a canvas", driver.findElement(By.cssSelector("#prodops-pf-charts canvas")));
        }
        Map<String, String> health = driver.findElements(By.cssSelector("#prodops-pf-chart-health-table tbody tr")).stream()
                .collect(Collectors.toMap(r -> r.findElement(By.tagName("th")).getText(), r -> r.findElement(By.tagName("td")).getText()));
        int shown = health.values().stream().mapToInt(Integer::parseInt).sum();
        assertEquals("the health chart's table counts every row", rows(driver).size(), shown);
    }

    /** Fetches a link as the page would (with the session cookie); the body decoded without dropping a BOM. */
    private static String download(WebDriver driver, String href) {
        Object body = ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {
                    if (r.status !== 200) { done('HTTP ' + r.status); return; }
                    return r.arrayBuffer().then(function (b) { done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)); });
                }).catch(function (e) { done('failed: ' + e); });""", href);
        assertFalse("download of " + href + ": " + body, String.valueOf(body).startsWith("HTTP ") || String.valueOf(body).startsWith("failed: "));
        return String.valueOf(body);
    }

    /** The issue keys of a CSV export: the first cell of every record after the header. */
    private static List<String> csvKeys(String csv) {
        List<String> lines = csv.lines().skip(1).filter(l -> !l.isBlank()).toList();
        return lines.stream().map(l -> l.split(",", 2)[0].replace("\"", "")).filter(k -> k.matches("[A-Z]+-\\d+")).toList();
    }
}
