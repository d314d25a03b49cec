package io.prodops.governance.jira.web;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The dashboard item's script, as core's ScriptMessagesTest checks the pages' scripts: every text it asks Jira's jsI18n
 * transformer for exists in i18n/prodops.properties and is named by a literal (the transformer only replaces
 * literals), it builds no markup from strings, and it takes no URL from the response.
 */
public class PortfolioDashboardItemScriptTest {
    private static final String SCRIPT = JiraWebResources.ROOT + "portfolio-dashboard-item.js";
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(([^,)]*)");
    private static final Pattern LITERAL = Pattern.compile("\\s*'(prodops\\.[A-Za-z0-9_.]+)'\\s*");
    private static final Pattern UNSAFE = Pattern.compile(
            "\\.innerHTML|\\.outerHTML\\s*=|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new\\s+Function\\b|setTimeout\\(\\s*['\"]|\\.html\\(");

    @Test
    public void everyTextIsALiteralKeyOfTheBundle() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/prodops.properties")) {
            texts.load(in);
        }
        String script = read(SCRIPT);
        Matcher m = GET_TEXT.matcher(script);
        List<String> problems = new ArrayList<>();
        int keys = 0;
        while (m.find()) {
            Matcher literal = LITERAL.matcher(m.group(1));
            if (!literal.matches()) {
                problems.add("not a literal key: " + m.group(1));
            } else if (!texts.containsKey(literal.group(1))) {
                problems.add(literal.group(1) + " is not in i18n/prodops.properties");
            } else {
                keys++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue("the script names its texts", keys >= 15);
    }

    @Test
    public void itBuildsNoMarkupFromStringsAndLinksOnlyToJirasPages() throws IOException {
        String script = read(SCRIPT);
        List<String> unsafe = new ArrayList<>();
        Matcher m = UNSAFE.matcher(script);
        while (m.find()) {
            unsafe.add(m.group());
        }
        assertEquals(List.of(), unsafe);
        assertTrue("issue links are built from the key", script.contains("'/browse/' + encodeURIComponent(row.issueKey)"));
        assertTrue("the row's url field is never used as a link", !script.contains("row.url"));
        assertTrue("the REST call asks for the top five by health", script.contains("'size=' + TOP + '&sort=health,desc'") && script.contains("var TOP = 5;"));
        assertTrue("the view choice is stored through the dashboard item API", script.contains("API.savePreferences({viewId: select.value"));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PortfolioDashboardItemScriptTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
