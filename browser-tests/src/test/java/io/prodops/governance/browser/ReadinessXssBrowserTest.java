package io.prodops.governance.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The XSS corpus (src/test/resources/xss-browser-payloads.txt) in every text of a gate set an ops manager writes
 * (name, description, gate titles, ignored issue types) and in a sign-off note and a waiver reason, rendered in the
 * readiness panel of the issue page and on the gate-set page (edit form, version view): nothing runs, no markup is
 * made of it, no CSP violation, the payloads show as text.
 */
public class ReadinessXssBrowserTest {
    @ClassRule
    public static final HostUnderTest HOST = new HostUnderTest();
    @Rule
    public final Browser browser = new Browser();

    private static final String GATESET = "XSS_GATES";
    private static final String ISSUE = "NOVA-1";
    private static final List<String> SHORT = XssBrowserTest.PAYLOADS.stream().filter(p -> p.length() <= 255).toList();
    private static final int TITLED_GATES = 45;

    private static String payload(int i) {
        return SHORT.get(Math.floorMod(i, SHORT.size()));
    }

    @BeforeClass
    public static void storePayloads() {
        Browser.requireChromium();
        assertTrue("enough short payloads", SHORT.size() >= 40);
        Rest rest = new Rest(HOST.baseUri());
        ObjectNode set = Rest.JSON.createObjectNode();
        set.put("key", GATESET);
        set.put("name", payload(0));
        String all = String.join(" ", XssBrowserTest.PAYLOADS);
        set.put("description", all.substring(0, Math.min(all.length(), 3900)));
        ArrayNode gates = set.putArray("gates");
        ObjectNode signOff = gates.addObject();
        signOff.put("key", "sign").put("title", payload(1)).put("kind", "SIGN_OFF").put("required", true);
        signOff.putObject("params").put("group", "prodops-managers");
        ObjectNode prd = gates.addObject();
        prd.put("key", "prd").put("title", payload(2)).put("kind", "PRD_APPROVED").put("required", true);
        prd.putObject("params");
        ObjectNode children = gates.addObject();
        children.put("key", "children").put("title", payload(3)).put("kind", "CHILDREN_DONE").put("required", false);
        ArrayNode ignored = children.putObject("params").put("noChildren", "PASS").putArray("ignoreTypes");
        SHORT.stream().limit(50).forEach(ignored::add);
        for (int i = 0; i < TITLED_GATES; i++) {
            ObjectNode gate = gates.addObject();
            gate.put("key", "field-" + i).put("title", payload(4 + i)).put("kind", "FIELD_SET").put("required", false);
            gate.putObject("params").put("field", "duedate");
        }
        rest.expect(201, "olga", "POST", "/gatesets", set);
        JsonNode draft = rest.get("olga", "/gatesets/" + GATESET);
        ObjectNode publish = Rest.JSON.createObjectNode().put("note", payload(5)).put("revision", draft.get("revision").asInt());
        rest.expect(200, "olga", "POST", "/gatesets/" + GATESET + "/publish", publish);

        JsonNode bindings = rest.get("olga", "/gatesets/bindings");
        ObjectNode newBindings = Rest.JSON.createObjectNode().put("revision", bindings.get("revision").asInt());
        ArrayNode list = newBindings.putArray("bindings");
        bindings.get("bindings").forEach(b -> {
            if (!"NOVA".equals(b.get("projectKey").asText())) {
                list.addObject().put("projectKey", b.get("projectKey").asText()).put("gateset", b.get("gateset").asText())
                        .set("issueTypes", b.get("issueTypes"));
            }
        });
        list.addObject().put("projectKey", "NOVA").put("gateset", GATESET).putArray("issueTypes");
        rest.expect(200, "olga", "PUT", "/gatesets/bindings", newBindings);

        rest.expect(200, "olga", "POST", "/issues/" + ISSUE + "/readiness/signoffs/sign", Rest.JSON.createObjectNode().put("note", payload(6)));
        rest.expect(200, "olga", "POST", "/issues/" + ISSUE + "/readiness/waivers/prd", Rest.JSON.createObjectNode().put("reason", payload(7)));
    }

    @Test
    public void theReadinessPanelShowsEveryPayloadAsText() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", "/browse/" + ISSUE);
        WebElement panel = ui.visible(By.cssSelector(".prodops-readiness-panel .prodops-gates"));
        ui.waiting().until(d -> d.findElements(By.cssSelector(".prodops-readiness-panel .prodops-gate")).size() == 3 + TITLED_GATES);
        String text = panel.getText();
        for (int i = 1; i < 4 + TITLED_GATES; i++) {
            assertTrue("gate title " + i + " shows as text: " + payload(i), text.contains(payload(i).strip()));
        }
        assertTrue("the sign-off note", text.contains(payload(6).strip()));
        assertTrue("the waiver reason", text.contains(payload(7).strip()));
        ui.assertNothingRan("issue page with the readiness panel");

        // the inline forms take payloads as values, never as markup
        ui.reveal(driver.findElement(By.cssSelector(".prodops-gate[data-gate='sign'] .prodops-gate-revoke")));
        ui.assertNothingRan("readiness panel with its action buttons");
        Accessibility.assertNoSeriousViolations(driver, "readiness panel with payloads");
        ui.screenshot("readiness-xss-panel");
        ui.assertNoConsoleErrors(browser, "readiness panel with payloads", "/issues/" + ISSUE + "/prd - Failed to load resource: the server responded with a status of 404");
    }

    @Test
    public void theGateSetPageShowsEveryPayloadAsText() {
        WebDriver driver = browser.driver();
        Ui ui = new Ui(driver, HOST);
        ui.logIn("olga", GateSetAdminBrowserTest.GATESETS_PAGE + "#" + GATESET);
        WebElement title = ui.visible(By.id("prodops-gs-g1-title"));
        ui.waiting().until(d -> payload(2).equals(d.findElement(By.id("prodops-gs-g1-title")).getAttribute("value")));
        assertEquals(payload(0), driver.findElement(By.id("prodops-gs-name")).getAttribute("value"));
        assertEquals(payload(1), driver.findElement(By.id("prodops-gs-g0-title")).getAttribute("value"));
        assertTrue(title.isDisplayed());
        ui.assertNothingRan("gate-set page (editing)");

        ui.reveal(driver.findElement(By.cssSelector("[role=tab][data-tab='versions']"))).click();
        WebElement row = ui.visible(By.cssSelector(".prodops-versions-table tr[data-version='1']"));
        assertTrue(row.getText().contains(payload(5).strip()));
        ui.reveal(row.findElement(By.cssSelector(".prodops-version-view-button"))).click();
        WebElement view = ui.visible(By.cssSelector(".prodops-version-gates"));
        assertTrue(view.getText().contains(payload(3).strip()));
        ui.assertNothingRan("gate-set version view");
        ui.screenshot("readiness-xss-gatesets");
        ui.assertNoConsoleErrors(browser, "gate-set page with payloads");
    }
}
