package io.prodops.governance.standalone.velocity;

import com.atlassian.templaterenderer.RenderingException;
import io.prodops.governance.common.web.AdminPageView;
import io.prodops.governance.common.web.Texts;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class VelocityTemplateRendererTest {
    private static final String XSS = "<script>alert('x')</script>\"&";
    private static final String XSS_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;";

    /** A view model; only some of its methods are on the test allowlist. */
    public static final class View {
        static final AtomicInteger DANGEROUS_CALLS = new AtomicInteger();

        public String getTitle() {
            return XSS;
        }

        public String text(String key) {
            return "<b>" + key + "</b>";
        }

        public String getBodyHtml() {
            return "<em>trusted</em>";
        }

        public String dangerous() {
            DANGEROUS_CALLS.incrementAndGet();
            return "DANGER";
        }
    }

    private static final VelocityAllowlist ALLOWLIST = new VelocityAllowlist(List.of(
            View.class.getName() + "#getTitle()",
            View.class.getName() + "#text(java.lang.String)",
            View.class.getName() + "# getBodyHtml( )"));

    private static String render(String template, Map<String, Object> context) {
        return new VelocityTemplateRenderer(ALLOWLIST).render(template, context);
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("view", new View());
        context.put("plain", XSS);
        context.put("snippetHtml", "<i>raw</i>");
        Map<String, Object> map = new HashMap<>();
        map.put("secret", "SECRET-VALUE");
        context.put("map", map);
        return context;
    }

    @Test
    public void everyReferenceIsEscapedUnlessItsNameEndsWithHtml() {
        String out = render("templates/test/view.vm", context());
        assertTrue(out, out.contains("<h1>" + XSS_ESCAPED + "</h1>"));
        assertTrue(out, out.contains("<p class=\"escaped\">&lt;b&gt;x&lt;/b&gt;</p>"));
        assertTrue(out, out.contains("<div class=\"raw\"><em>trusted</em></div>"));
        assertTrue(out, out.contains("<div class=\"raw-ref\"><i>raw</i></div>"));
        assertTrue(out, out.contains("title=\"" + XSS_ESCAPED + "\">" + XSS_ESCAPED + "</span>"));
        assertFalse(out, out.contains("<script>"));
    }

    @Test
    public void methodsOffTheAllowlistAreNeverInvoked() {
        int before = View.DANGEROUS_CALLS.get();
        String out = render("templates/test/blocked.vm", context());
        assertEquals(before, View.DANGEROUS_CALLS.get());
        assertFalse(out, out.contains("DANGER"));
        assertTrue("allowlisted calls still work", out.contains("[allowed:" + XSS_ESCAPED + "]"));
    }

    @Test
    public void getClassTricksAreBlocked() {
        String out = render("templates/test/blocked.vm", context());
        assertFalse(out, out.contains("VelocityTemplateRendererTest"));
        assertFalse(out, out.contains("java.lang.String]"));
        assertFalse(out, out.contains("class java.lang"));
        assertFalse(out, out.contains("ClassLoader"));
        assertTrue(out, out.contains("[forName:$view.getClass().forName(\"java.lang.Runtime\")]"));
        assertFalse(out, out.contains("Runtime@"));
        assertFalse(out, out.contains("SECRET-VALUE"));
        // the blocked references render as their (escaped) source text, never as values
        assertTrue(out, out.contains("[getClass:$view.getClass().getName()]"));
        assertTrue(out, out.contains("[class:$view.class.name]"));
        assertTrue(out, out.contains("[string:$plain.getClass().getName()]"));
    }

    @Test
    public void templatesComeFromTheClassPathOnly() {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(ALLOWLIST);
        for (String name : new String[]{"/etc/passwd", "../../etc/passwd", "file:///etc/passwd", "templates/test/missing.vm"}) {
            try {
                renderer.render(name, context());
                throw new AssertionError("rendered " + name);
            } catch (RenderingException expected) {
                // not found on the class path
            }
        }
    }

    @Test
    public void coresAdminPageRendersWithCoresAllowlist() {
        VelocityAllowlist core = VelocityAllowlist.fromClassPath(getClass().getClassLoader());
        assertTrue(core.entries().contains("io.prodops.governance.common.web.AdminPageView#getRestBase()"));
        AdminPageView view = new AdminPageView(new Texts(Locale.ENGLISH), "/rest/prodops/1.0\"><script>", true, "/plugins/servlet/prodops/templates",
                "/plugins/servlet/prodops/gatesets");
        String out = new VelocityTemplateRenderer(core).render("templates/admin/admin.vm", Map.of("view", view));
        assertTrue(out, out.contains("<title>ProdOps Governance</title>"));
        assertTrue(out, out.contains("data-rest-base=\"/rest/prodops/1.0&quot;&gt;&lt;script&gt;\""));
        assertTrue(out, out.contains("id=\"prodops-settings-form\""));
        assertFalse("every reference resolved", out.contains("$view"));
    }

    @Test
    public void theHtmlRuleLooksAtTheLastNameOfTheReference() {
        assertTrue(HtmlEscapingReferenceInsertion.isHtmlSafe("$bodyHtml"));
        assertTrue(HtmlEscapingReferenceInsertion.isHtmlSafe("$!{page.summaryHtml}"));
        assertTrue(HtmlEscapingReferenceInsertion.isHtmlSafe("$view.renderHtml()"));
        assertTrue(HtmlEscapingReferenceInsertion.isHtmlSafe("$view.render(\"a.b\").asHtml(1, \"x)\")"));
        assertFalse(HtmlEscapingReferenceInsertion.isHtmlSafe("$view.text(\"fooHtml\")"));
        assertFalse(HtmlEscapingReferenceInsertion.isHtmlSafe("$bodyHtml.trim()"));
        assertFalse(HtmlEscapingReferenceInsertion.isHtmlSafe("$htmlBody"));
        assertFalse(HtmlEscapingReferenceInsertion.isHtmlSafe("$list[0]"));
    }
}
