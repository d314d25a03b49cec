package io.prodops.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.prodops.governance.standalone.host.DemoLaunch;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The launch story on the standalone host's demo: pete opens the blocked initiative NOVA-14 (Referral rewards), sees
 * which gates fail and why, and his Launch is refused with those reasons; Mia (marketing) signs off in the panel; the
 * open epic is closed (host transition, as test set-up); the PRD is already approved; pete's Launch then succeeds and
 * the launch history shows who launched and each gate's result. axe-core runs on every panel state.
 */
public class ReadinessLaunchBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private static final String ISSUE = "NOVA-14";
    private final Rest rest = new Rest(HOST.baseUri());

    private static By gate(String key) {
        return By.cssSelector(".prodops-readiness-panel .prodops-gate[data-gate='" + key + "']");
    }

    @Test
    public void aBlockedInitiativeSaysWhyUntilItsGatesPassThenLaunches() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        // pete sees which gates fail and why
        ui.logIn("pete", "/browse/" + ISSUE);
        assertTrue("the demo's blocked initiative", driver.findElement(By.id("issue-heading")).getText().contains(DemoLaunch.BLOCKED_SUMMARY));
        WebElement overall = ui.visible(By.cssSelector(".prodops-readiness-overall .prodops-lozenge"));
        assertEquals("NOT_READY", overall.getAttribute("data-status"));
        assertEquals("text, not colour alone", "Not ready", overall.findElement(By.cssSelector(".prodops-lozenge-text")).getAttribute("textContent"));
        WebElement children = ui.visible(gate("children-done"));
        assertEquals("FAIL", children.getAttribute("data-status"));
        String childReason = children.findElement(By.cssSelector(".prodops-gate-reason")).getText();
        assertFalse("a reason, not just a status", childReason.isBlank());
        List<WebElement> links = children.findElements(By.cssSelector("a.prodops-issue-link"));
        assertFalse("the open epic is named and linked: " + children.getText(), links.isEmpty());
        String openEpic = links.get(0).getText();
        assertEquals(HOST.url("/browse/" + openEpic), links.get(0).getAttribute("href"));
        WebElement marketing = driver.findElement(gate("marketing-signoff"));
        assertTrue(List.of("FAIL", "PENDING").contains(marketing.getAttribute("data-status")));
        assertTrue("pete is not in marketing", marketing.findElements(By.cssSelector(".prodops-gate-signoff")).isEmpty());
        assertTrue("pete is no ops manager", driver.findElements(By.cssSelector(".prodops-gate-waive")).isEmpty());
        assertEquals("PASS", driver.findElement(gate("prd-approved")).getAttribute("data-status"));
        Accessibility.assertNoSeriousViolations(driver, "readiness panel (blocked)");
        ui.screenshot("readiness-blocked");

        // Launch is refused with the reasons, in place
        ui.reveal(driver.findElement(By.cssSelector(".prodops-launch-button"))).click();
        WebElement refused = ui.visible(By.cssSelector(".prodops-launch-refused"));
        String refusal = refused.getText();
        assertTrue(refusal, refusal.contains("All child issues done"));
        assertTrue(refusal, refusal.contains("Marketing ready"));
        assertTrue(refusal, refused.findElement(By.cssSelector("[data-gate='children-done']")).getText().contains(openEpic));
        assertFalse(driver.findElement(By.id("issue-status")).getText().contains("Launched"));
        Accessibility.assertNoSeriousViolations(driver, "launch refused");
        ui.screenshot("readiness-launch-refused");
        ui.assertNoConsoleErrors(browser, "launch refused", "status of 400");

        // Mia of marketing signs off in the panel, with a note
        ui.logIn("mia", "/browse/" + ISSUE);
        WebElement signOff = ui.clickable(By.cssSelector(".prodops-gate[data-gate='marketing-signoff'] .prodops-gate-signoff"));
        ui.reveal(signOff).click();
        WebElement note = ui.visible(By.cssSelector(".prodops-gate[data-gate='marketing-signoff'] textarea[data-field='note']"));
        assertEquals("the note form takes the focus", note, driver.switchTo().activeElement());
        Accessibility.assertNoSeriousViolations(driver, "sign-off form");
        note.sendKeys("Referral campaign is booked.");
        driver.findElement(By.cssSelector(".prodops-gate[data-gate='marketing-signoff'] .prodops-gate-submit")).click();
        ui.waiting().until(d -> "PASS".equals(d.findElement(gate("marketing-signoff")).getAttribute("data-status")));
        String signed = driver.findElement(gate("marketing-signoff")).getText();
        assertTrue(signed, signed.contains("Signed off by Mia Marketing"));
        assertTrue(signed, signed.contains("Referral campaign is booked."));
        assertTrue("Mia may take it back", driver.findElements(By.cssSelector(".prodops-gate[data-gate='marketing-signoff'] .prodops-gate-revoke")).size() == 1);
        ui.screenshot("readiness-signed-off");
        ui.assertNoConsoleErrors(browser, "sign-off");

        // the open children are closed (set-up through the host's workflow, as the team would in Jira)
        for (String child : openChildren()) {
            rest.expect(200, "pete", "POST", "../../host/1.0/issues/" + child + "/transitions/done", Rest.JSON.createObjectNode());
        }

        // now pete's Launch succeeds and the history shows it
        ui.logIn("pete", "/browse/" + ISSUE);
        ui.waiting().until(d -> "READY".equals(d.findElement(By.cssSelector(".prodops-readiness-overall .prodops-lozenge")).getAttribute("data-status")));
        assertEquals("PASS", driver.findElement(gate("children-done")).getAttribute("data-status"));
        Accessibility.assertNoSeriousViolations(driver, "readiness panel (ready)");
        ui.reveal(driver.findElement(By.cssSelector(".prodops-launch-button"))).click();
        WebElement done = ui.visible(By.cssSelector(".prodops-launch-done"));
        assertTrue(done.getText(), done.getText().contains("Launched. The issue is now Launched."));
        ui.waiting().until(d -> "Launched".equals(d.findElement(By.cssSelector("#issue-status .host-status")).getAttribute("textContent")));
        WebElement history = ui.visible(By.cssSelector(".prodops-history-details"));
        ui.reveal(history.findElement(By.tagName("summary"))).click();
        WebElement snapshot = ui.visible(By.cssSelector(".prodops-snapshot"));
        String shot = snapshot.getText();
        assertTrue(shot, shot.contains("Launched by Pete Product"));
        assertTrue(shot, shot.contains("Launch"));
        assertTrue(shot, shot.contains("Marketing ready"));
        assertTrue(shot, shot.contains("All child issues done"));
        assertEquals("READY", snapshot.findElement(By.cssSelector(".prodops-snapshot-head .prodops-lozenge")).getAttribute("data-status"));
        assertEquals("PASS", snapshot.findElement(By.cssSelector("[data-gate='marketing-signoff'] .prodops-lozenge")).getAttribute("data-status"));
        Accessibility.assertNoSeriousViolations(driver, "launched, with the history");
        ui.screenshot("readiness-launched");
        ui.assertNoConsoleErrors(browser, "launched");

        JsonNode snapshots = rest.get("pete", "/issues/" + ISSUE + "/readiness/snapshots");
        assertEquals(1, snapshots.path("items").size());
    }

    @Test
    public void anOpsManagerWaivesWithAMandatoryReasonAndRevokesTheWaiver() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", "/browse/PHX-1");
        ui.visible(gate("due-date-set"));
        String target = firstFailing("PHX-1");
        ui.reveal(ui.clickable(By.cssSelector(".prodops-gate[data-gate='" + target + "'] .prodops-gate-waive"))).click();
        WebElement reason = ui.visible(By.cssSelector(".prodops-gate[data-gate='" + target + "'] textarea[data-field='reason']"));
        driver.findElement(By.cssSelector(".prodops-gate[data-gate='" + target + "'] .prodops-gate-submit")).click();
        assertEquals("an empty reason is refused at the field", "true", reason.getAttribute("aria-invalid"));
        assertEquals("Enter a reason.", driver.findElement(By.id(reason.getAttribute("aria-describedby"))).getText());
        Accessibility.assertNoSeriousViolations(driver, "waiver form with an error");
        reason.sendKeys("Accepted by the launch board on 1 Dec.");
        driver.findElement(By.cssSelector(".prodops-gate[data-gate='" + target + "'] .prodops-gate-submit")).click();
        ui.waiting().until(d -> "WAIVED".equals(d.findElement(gate(target)).getAttribute("data-status")));
        String waived = driver.findElement(gate(target)).getText();
        assertTrue(waived, waived.contains("Waived by Olga Ops"));
        assertTrue(waived, waived.contains("Accepted by the launch board on 1 Dec."));
        ui.screenshot("readiness-waived");

        ui.reveal(driver.findElement(By.cssSelector(".prodops-gate[data-gate='" + target + "'] .prodops-gate-unwaive"))).click();
        ui.waiting().until(d -> !"WAIVED".equals(d.findElement(gate(target)).getAttribute("data-status")));
        assertEquals("the focus stays on the gate", driver.findElement(By.cssSelector(".prodops-gate[data-gate='" + target + "'] .prodops-gate-title")),
                driver.switchTo().activeElement());
        ui.assertNoConsoleErrors(browser, "waiver", "/issues/PHX-1/prd - Failed to load resource: the server responded with a status of 404");
    }

    /** The keys of the issue's children the CHILDREN_DONE gate names as open (pete may see them all). */
    private List<String> openChildren() {
        List<String> keys = new ArrayList<>();
        for (JsonNode gate : rest.get("pete", "/issues/" + ISSUE + "/readiness").path("gates")) {
            if ("children-done".equals(gate.path("key").asText())) {
                gate.path("evidence").forEach(e -> e.path("issues").forEach(i -> keys.add(i.path("key").asText())));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + ISSUE.split("-")[0] + "-[0-9]+\\b").matcher(gate.path("reason").asText());
                while (m.find()) {
                    if (!keys.contains(m.group())) {
                        keys.add(m.group());
                    }
                }
            }
        }
        assertFalse("the blocked initiative names its open children", keys.isEmpty());
        return keys;
    }

    private String firstFailing(String issueKey) {
        for (JsonNode gate : rest.get("olga", "/issues/" + issueKey + "/readiness").path("gates")) {
            if (gate.path("required").asBoolean() && gate.path("canWaive").asBoolean() && !"PASS".equals(gate.path("status").asText())) {
                return gate.path("key").asText();
            }
        }
        throw new AssertionError(issueKey + " has no failing gate olga may waive");
    }
}
