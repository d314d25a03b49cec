package io.prodops.governance.jira.workflow;

import io.prodops.governance.common.web.Texts;
import io.prodops.governance.readiness.domain.GateSetVersion;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;
import org.junit.Test;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Renders the workflow modules' templates the way Jira does for an app: every reference HTML-escaped (Jira's
 * {@code #enable_html_escaping()}, stood in for here by a no-op directive plus an escaping insertion handler), so
 * ops managers' gate-set names and gate titles can never become markup in the workflow designer's page.
 */
public class WorkflowTemplatesTest {
    private static final Texts TEXTS = new Texts(Locale.ENGLISH);
    private static final GateSetVersion HOSTILE = RuleFormsTest.set("BETA", "Beta <img src=x onerror=alert(1)>", "docs", "<script>alert(2)</script>");

    @Test
    public void theFormListsGateSetsAndGatesEscaped() {
        ReadinessRuleForm form = RuleForms.form(TEXTS, List.of(RuleFormsTest.LAUNCH, HOSTILE), new ReadinessRule("BETA", List.of("docs")), true);
        String html = render(ReadinessRuleForm.INPUT_TEMPLATE, RuleForms.FORM, form);
        assertTrue(html, html.contains("<select id=\"prodops-gateset\" name=\"gateset\">"));
        assertTrue(html, html.contains("<option value=\"STANDARD_LAUNCH\">Standard launch</option>"));
        assertTrue(html, html.contains("<option value=\"BETA\" selected=\"selected\">Beta &lt;img src=x onerror=alert(1)&gt;</option>"));
        assertTrue(html, html.contains("<select id=\"prodops-gates\" name=\"gates\" multiple=\"multiple\""));
        assertTrue(html, html.contains("<option value=\"BETA:docs\" selected=\"selected\">&lt;script&gt;alert(2)&lt;/script&gt;</option>"));
        assertTrue(html, html.contains("<option value=\"STANDARD_LAUNCH:marketing\">Marketing ready</option>"));
        assertFalse(html, html.contains("<script>") || html.contains("<img"));
        assertFalse(html, html.contains("$prodopsForm") || html.contains("$set") || html.contains("$gate"));
    }

    @Test
    public void thePostFunctionsFormHasNoGateSubsetAndAnEmptyCatalogueSaysSo() {
        String function = render(ReadinessRuleForm.INPUT_TEMPLATE, RuleForms.FORM, RuleForms.form(TEXTS, List.of(RuleFormsTest.LAUNCH), null, false));
        assertTrue(function, function.contains("name=\"gateset\""));
        assertFalse(function, function.contains("name=\"gates\""));
        String empty = render(ReadinessRuleForm.INPUT_TEMPLATE, RuleForms.FORM, RuleForms.form(TEXTS, List.of(), null, true));
        assertTrue(empty, empty.contains("No gate set is published yet"));
        assertFalse(empty, empty.contains("<select"));
        String retired = render(ReadinessRuleForm.INPUT_TEMPLATE, RuleForms.FORM,
                RuleForms.form(TEXTS, List.of(RuleFormsTest.LAUNCH), new ReadinessRule("OLD", List.of()), true));
        assertTrue(retired, retired.contains("no longer published"));
    }

    @Test
    public void theSummaryIsEscapedAndListsChosenGates() {
        String all = render(ReadinessRuleView.TEMPLATE, RuleForms.VIEW,
                RuleForms.view(TEXTS, "prodops.workflow.validator.view", Optional.of(HOSTILE), new ReadinessRule("BETA", List.of())));
        assertTrue(all, all.contains("The issue must pass gate set \u201cBeta &lt;img src=x onerror=alert(1)&gt;\u201d."));
        assertFalse(all, all.contains("<br/>"));
        String some = render(ReadinessRuleView.TEMPLATE, RuleForms.VIEW,
                RuleForms.view(TEXTS, "prodops.workflow.validator.view", Optional.of(HOSTILE), new ReadinessRule("BETA", List.of("docs"))));
        assertTrue(some, some.contains("<br/>Gates: &lt;script&gt;alert(2)&lt;/script&gt;"));
    }

    private static String render(String template, String name, Object model) {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        settings.setProperty("resource.loader.classpath.class", "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        settings.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, EnableHtmlEscaping.class.getName());
        settings.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, "org.apache.velocity.util.introspection.SecureUberspector");
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        VelocityEngine engine = new VelocityEngine(settings);
        engine.init();
        Template compiled = engine.getTemplate(template, "UTF-8");
        VelocityContext context = new VelocityContext();
        context.put(name, model);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new EscapeHtml());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        compiled.merge(context, out);
        return out.toString();
    }

    /** Jira's directive; what it switches on is {@link EscapeHtml} here. */
    public static final class EnableHtmlEscaping extends Directive {
        @Override
        public String getName() {
            return "enable_html_escaping";
        }

        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }

    private static final class EscapeHtml implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null) {
                return null;
            }
            String text = value.toString();
            StringBuilder escaped = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '&' -> escaped.append("&amp;");
                    case '"' -> escaped.append("&quot;");
                    case '\'' -> escaped.append("&#39;");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }
}
