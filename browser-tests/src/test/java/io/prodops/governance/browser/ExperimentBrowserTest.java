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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * The experiment panel and page (issue 6): pete designs an experiment on the free Experiment issue NOVA-13 from its
 * issue page, watches the planner follow his typing, starts it, enters results by hand (significance, chart), uploads
 * a CSV (preview, the server's row/column errors on their cells, then a sample-ratio mismatch) and records a SHIP
 * decision, which needs the SRM acknowledgement. Payloads in the hypothesis, metric and variant names of PHX-13 render as text. Every
 * page state runs through axe-core.
 */
public class ExperimentBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private final Rest rest = new Rest(HOST.baseUri());

    private static String page(String issueKey) {
        return "/plugins/servlet/prodops/experiment/" + issueKey;
    }

    private Ui ui() {
        return new Ui(browser.driver(), HOST);
    }

    private static void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private WebElement field(String name) {
        return browser.driver().findElement(By.cssSelector(".prodops-exp-design [data-field='" + name + "']"));
    }

    private String perVariant() {
        return browser.driver().findElement(By.cssSelector(".prodops-planner")).getAttribute("data-per-variant");
    }

    private static Path csv(String name, String text) {
        try {
            Path file = Browser.OUTPUT.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void aProductManagerDesignsRunsAndDecidesAnExperiment() {
        WebDriver driver = browser.driver();
        Ui ui = ui();
        ui.logIn("pete", "/browse/NOVA-13");

        // the panel: no experiment yet, "Create experiment" for an editor
        ui.visible(By.cssSelector(".prodops-experiment-panel .prodops-panel-none"));
        Accessibility.assertNoSeriousViolations(driver, "issue page with an empty experiment panel");
        ui.clickable(By.cssSelector(".prodops-experiment-panel .prodops-create-experiment")).click();
        ui.waiting().until(ExpectedConditions.urlContains(page("NOVA-13")));

        // design with a live planner
        ui.visible(By.cssSelector(".prodops-exp-design"));
        type(field("hypothesis.weBelieve"), "a one-screen sign-up form");
        type(field("hypothesis.willResultIn"), "more finished sign-ups");
        type(field("hypothesis.measuredBy"), "sign-up completion");
        type(field("primaryMetric.name"), "Sign-up completion");
        type(field("baselineRate"), "0.1");
        type(field("dailyUsers"), "2000");
        ui.waiting().until(d -> perVariant() != null && !perVariant().isEmpty());
        String atTenPercent = perVariant();
        type(field("mde"), "0.2");
        ui.waiting().until(d -> !atTenPercent.equals(perVariant()));
        assertTrue("a larger effect needs fewer users: " + atTenPercent + " -> " + perVariant(),
                Long.parseLong(perVariant()) < Long.parseLong(atTenPercent));
        assertNotEquals("\u2014", driver.findElement(By.cssSelector(".prodops-plan-days")).getText());

        // a rate outside (0,1): the planner's field error sits next to the input
        type(field("baselineRate"), "1.5");
        WebElement rateError = ui.visible(By.cssSelector("[data-for='baselineRate'] .prodops-field-error"));
        ui.waiting().until(d -> !rateError.getText().isEmpty());
        assertEquals("true", field("baselineRate").getAttribute("aria-invalid"));
        Accessibility.assertNoSeriousViolations(driver, "experiment design with a field error");
        type(field("baselineRate"), "0.1");
        ui.waiting().until(d -> field("baselineRate").getAttribute("aria-invalid") == null);
        ui.screenshot("experiment-design");

        ui.reveal(driver.findElement(By.cssSelector(".prodops-save-design"))).click();
        ui.visible(By.cssSelector(".prodops-exp-statusbar .prodops-lozenge[data-status='DESIGN']"));
        ui.clickable(By.cssSelector(".prodops-status-move[data-status='RUNNING']")).click();
        ui.visible(By.cssSelector(".prodops-exp-statusbar .prodops-lozenge[data-status='RUNNING']"));
        assertTrue(driver.findElement(By.cssSelector(".prodops-exp-summary .prodops-exp-hypothesis")).getText()
                .contains("a one-screen sign-up form"));

        // results by hand, past the planned sample: significant, with a chart and its table
        List<WebElement> cells = driver.findElements(By.cssSelector(".prodops-exp-entry input"));
        assertEquals("users and conversions of two variants", 4, cells.size());
        type(cells.get(0), "6000");
        type(cells.get(1), "600");
        type(cells.get(2), "6000");
        type(cells.get(3), "780");
        ui.reveal(driver.findElement(By.cssSelector(".prodops-save-results"))).click();
        WebElement verdict = ui.visible(By.cssSelector(".prodops-exp-analysis .prodops-significance"));
        assertEquals("BETTER", verdict.getAttribute("data-verdict"));
        assertTrue(verdict.getText(), verdict.getText().toLowerCase(java.util.Locale.ROOT).contains("significant: better"));
        ui.waiting().until(d -> "drawn".equals(d.findElement(By.cssSelector(".prodops-exp-chart")).getAttribute("data-chart")));
        assertEquals(1, driver.findElements(By.cssSelector(".prodops-exp-chart-table tbody tr")).size());
        assertTrue(driver.findElements(By.cssSelector(".prodops-srm-warning")).isEmpty());
        Accessibility.assertNoSeriousViolations(driver, "experiment page with results and chart");
        ui.screenshot("experiment-results");

        // a CSV with a bad row: previewed, then refused with the error on its cell (row 3, column 2)
        WebElement file = driver.findElement(By.cssSelector(".prodops-csv-file"));
        file.sendKeys(csv("bad.csv", "variant,users,conversions\nControl,6100,610\nTreatment,many,700\n").toString());
        ui.visible(By.cssSelector(".prodops-csv-table"));
        assertEquals(2, driver.findElements(By.cssSelector(".prodops-csv-table tbody tr")).size());
        ui.clickable(By.cssSelector(".prodops-csv-upload")).click();
        WebElement badCell = ui.visible(By.cssSelector(".prodops-csv-table td[data-row='3'][data-column='2'].is-invalid"));
        assertTrue(badCell.getText(), badCell.getText().contains("not a number"));
        Accessibility.assertNoSeriousViolations(driver, "CSV preview with row errors");
        ui.screenshot("experiment-csv-errors");

        // a CSV with a sample-ratio mismatch
        file = driver.findElement(By.cssSelector(".prodops-csv-file"));
        file.sendKeys(csv("srm.csv", "variant,users,conversions\nControl,7000,700\nTreatment,6000,800\n").toString());
        ui.waiting().until(d -> d.findElements(By.cssSelector(".prodops-csv-table td.is-invalid")).isEmpty());
        ui.clickable(By.cssSelector(".prodops-csv-upload")).click();
        WebElement srm = ui.visible(By.cssSelector(".prodops-exp-analysis .prodops-srm-warning"));
        assertTrue(srm.getText(), srm.getText().contains("Sample-ratio mismatch"));

        // SHIP with a flagged SRM needs the acknowledgement; the rationale is required
        WebElement ship = driver.findElement(By.cssSelector(".prodops-decision-options input[value='SHIP']"));
        ui.reveal(ship).click();
        type(driver.findElement(By.cssSelector(".prodops-exp-decision-form [data-field='rationale']")), "The treatment wins clearly.");
        driver.findElement(By.cssSelector(".prodops-record-decision")).click();
        WebElement ackError = ui.visible(By.cssSelector(".prodops-srm-ack-box .prodops-field-error"));
        assertTrue(ackError.getText(), ackError.getText().contains("acknowledge"));
        Accessibility.assertNoSeriousViolations(driver, "decision form with the SRM acknowledgement");
        ui.screenshot("experiment-decision-srm");
        driver.findElement(By.cssSelector(".prodops-srm-ack")).click();
        type(driver.findElement(By.cssSelector(".prodops-srm-ack-reason")), "Assignment bug found and fixed; the balanced run agreed.");
        driver.findElement(By.cssSelector(".prodops-record-decision")).click();
        ui.visible(By.cssSelector(".prodops-exp-statusbar .prodops-lozenge[data-status='DECIDED']"));
        WebElement decision = ui.visible(By.cssSelector("#prodops-exp-decision .prodops-exp-decision"));
        assertEquals("SHIP", decision.getAttribute("data-decision"));
        assertTrue(decision.getText(), decision.getText().contains("The treatment wins clearly."));
        assertEquals("two snapshots (the refused CSV left none)", 2, driver.findElements(By.cssSelector(".prodops-history-table tbody tr")).size());
        Accessibility.assertNoSeriousViolations(driver, "decided experiment");

        // the panel shows the outcome
        ui.open("/browse/NOVA-13");
        ui.visible(By.cssSelector(".prodops-experiment-panel .prodops-exp-decision[data-decision='SHIP']"));
        ui.visible(By.cssSelector(".prodops-experiment-panel .prodops-srm-warning"));
        Accessibility.assertNoSeriousViolations(driver, "issue page with a decided experiment");
        ui.screenshot("experiment-panel-decided");
        ui.assertNoConsoleErrors(browser, "the experiment story", "400", "404");
    }

    @Test
    public void payloadsInTheHypothesisAndVariantNamesRenderAsText() {
        List<String> payloads = XssBrowserTest.PAYLOADS.stream().filter(p -> p.length() <= 100).limit(12).toList();
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("hypothesis", Map.of("weBelieve", payloads.get(0), "willResultIn", payloads.get(1), "measuredBy", payloads.get(2)));
        design.put("primaryMetric", Map.of("name", payloads.get(3), "type", "CONVERSION", "direction", "INCREASE"));
        design.put("guardrails", List.of(Map.of("name", payloads.get(4), "type", "CONVERSION", "direction", "DECREASE", "margin", 0.05)));
        design.put("variants", List.of(Map.of("name", payloads.get(5), "allocation", 50, "control", true),
                Map.of("name", payloads.get(6), "allocation", 50, "control", false)));
        design.put("alpha", 0.05);
        design.put("power", 0.8);
        design.put("mde", 0.1);
        design.put("baselineRate", 0.1);
        design.put("dailyUsers", 1000);
        design.put("revision", rest.get("pete", "/issues/PHX-13/experiment").get("revision").asInt());
        JsonNode updated = rest.expect(200, "pete", "PUT", "/issues/PHX-13/experiment", design);
        rest.expect(200, "pete", "POST", "/issues/PHX-13/experiment/status", Map.of("status", "RUNNING", "revision", updated.get("revision").asInt()));
        rest.expect(201, "pete", "POST", "/issues/PHX-13/experiment/results", Map.of("variants", List.of(
                Map.of("name", payloads.get(5), "users", 5000, "conversions", 500),
                Map.of("name", payloads.get(6), "users", 5000, "conversions", 560))));

        WebDriver driver = browser.driver();
        Ui ui = ui();
        ui.logIn("pete", page("PHX-13"));
        ui.visible(By.cssSelector(".prodops-exp-analysis .prodops-exp-results"));
        ui.waiting().until(d -> "drawn".equals(d.findElement(By.cssSelector(".prodops-exp-chart")).getAttribute("data-chart")));
        ui.assertNothingRan("experiment page");
        String text = driver.findElement(By.id("prodops-experiment")).getText();
        assertTrue("the hypothesis shows as text", text.contains(payloads.get(0)));
        assertTrue("variant names show as text", driver.findElement(By.cssSelector(".prodops-exp-results")).getText().contains(payloads.get(6)));
        assertEquals(payloads.get(5), driver.findElement(By.cssSelector(".prodops-exp-design [data-field='variants[0].name']")).getAttribute("value"));
        Accessibility.assertNoSeriousViolations(driver, "experiment page with payloads");

        ui.open("/browse/PHX-13");
        ui.visible(By.cssSelector(".prodops-experiment-panel .prodops-exp-compact"));
        ui.assertNothingRan("experiment panel");
        assertTrue(driver.findElement(By.cssSelector(".prodops-experiment-panel .prodops-exp-hypothesis")).getText().contains(payloads.get(1)));
        assertFalse(driver.findElement(By.cssSelector(".prodops-experiment-panel")).getText().isEmpty());
        ui.assertNoConsoleErrors(browser, "experiment pages with payloads", "/prd - Failed to load resource: the server responded with a status of 404",
                "/readiness - Failed to load resource: the server responded with a status of 404"); // no PRD, no gate set bound to Experiment issues
    }
}
