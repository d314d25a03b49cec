package io.prodops.governance.prd.web;

import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.experiment.web.ExperimentPages;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The pages' scripts: every UI string they name exists in i18n/prodops.properties and reaches the script (its page
 * hands over the strings under its message prefixes), and no script builds markup from strings or evaluates code.
 */
public class ScriptMessagesTest {
    private static final Map<String, String[]> PREFIXES = Map.of(
            WebResources.PRD_PAGE, PrdPageServlet.MESSAGE_PREFIXES,
            WebResources.PRD_PANEL, PrdPanelView.MESSAGE_PREFIXES,
            WebResources.TEMPLATES_PAGE, TemplatesPageServlet.MESSAGE_PREFIXES,
            WebResources.READINESS_PANEL, io.prodops.governance.readiness.web.ReadinessPanelView.MESSAGE_PREFIXES,
            WebResources.GATESETS_PAGE, io.prodops.governance.readiness.web.GateSetsPageServlet.MESSAGE_PREFIXES,
            WebResources.EXPERIMENT_TYPE_PAGE, io.prodops.governance.experiment.web.ExperimentTypePageServlet.MESSAGE_PREFIXES,
            WebResources.EXPERIMENT_PAGE, ExperimentPages.pageMessagePrefixes(),
            WebResources.EXPERIMENT_PANEL, ExperimentPages.panelMessagePrefixes(),
            WebResources.PORTFOLIO_PAGE, io.prodops.governance.portfolio.web.PortfolioPageServlet.MESSAGE_PREFIXES,
            WebResources.HEALTH_RULES_PAGE, io.prodops.governance.portfolio.web.HealthRulesPageServlet.MESSAGE_PREFIXES);
    private static final Pattern KEY = Pattern.compile("'(prodops\\.[A-Za-z0-9_.]+)'");
    private static final Pattern UNSAFE = Pattern.compile(
            "\\.innerHTML|\\.outerHTML\\s*=|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new\\s+Function\\b|setTimeout\\(\\s*['\"]|\\.html\\(");

    @Test
    public void everyStringAScriptNamesExistsAndIsHandedToItsPage() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/prodops.properties")) {
            texts.load(in);
        }
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (Map.Entry<String, String[]> page : PREFIXES.entrySet()) {
            for (String file : WebResources.MODULES.get(page.getKey())) {
                if (!file.startsWith("js/")) {
                    continue;
                }
                Matcher m = KEY.matcher(read(WebResources.ROOT + file));
                while (m.find()) {
                    String key = m.group(1);
                    keys++;
                    boolean dynamicPrefix = key.endsWith(".");
                    if (!dynamicPrefix && !texts.containsKey(key)) {
                        problems.add(file + ": " + key + " is not in i18n/prodops.properties");
                    }
                    if (List.of(page.getValue()).stream().noneMatch(key::startsWith)) {
                        problems.add(file + " (module " + page.getKey() + "): " + key + " is not handed to the page");
                    }
                }
            }
        }
        assertTrue("the scripts name their strings", keys > 200);
        assertEquals(List.of(), problems);
    }

    @Test
    public void noScriptBuildsMarkupFromStringsOrEvaluatesCode() throws IOException {
        List<String> problems = new ArrayList<>();
        for (List<String> files : WebResources.MODULES.values()) {
            for (String file : files) {
                if (file.startsWith("js/")) {
                    Matcher m = UNSAFE.matcher(read(WebResources.ROOT + file));
                    while (m.find()) {
                        problems.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ScriptMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
