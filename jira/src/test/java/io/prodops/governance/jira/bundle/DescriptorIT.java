package io.prodops.governance.jira.bundle;

import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import io.prodops.governance.common.storage.StorageEntities;
import io.prodops.governance.common.web.Pages;
import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.jira.portfolio.PortfolioReconcileJob;
import io.prodops.governance.jira.portfolio.PortfolioRefreshListener;
import io.prodops.governance.jira.web.JiraWebResources;
import io.prodops.governance.jira.workflow.ReadinessRuleForm;
import io.prodops.governance.jira.workflow.ReadinessRuleView;
import io.prodops.governance.prd.web.PrdPanelView;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.FunctionProvider;
import io.prodops.governance.experiment.web.ExperimentPanelView;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static io.prodops.governance.jira.bundle.BuiltBundle.children;
import static io.prodops.governance.jira.bundle.BuiltBundle.childText;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The built descriptor against core's registries: any drift between them fails the build. */
public class DescriptorIT {
    private final BuiltBundle bundle = BuiltBundle.get();

    @Test
    public void pluginInfo() {
        Element info = bundle.module("plugin-info");
        assertEquals(BuiltBundle.property("prodops.project.version"), childText(info, "version"));
        assertFalse(childText(info, "description").isEmpty());
        assertEquals("ProdOps", children(info, "vendor").get(0).getAttribute("name"));
        Map<String, String> params = params(info);
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
        assertEquals("UPM keeps the licence JiraLicensing reads", "true", params.get("atlassian-licensing-enabled"));
        assertTrue(bundle.entries.containsKey(params.get("plugin-icon")));
        assertTrue(bundle.entries.containsKey(params.get("plugin-logo")));
        assertEquals("2", bundle.descriptor.getDocumentElement().getAttribute("plugins-version"));
    }

    @Test
    public void i18nIsCoresBundle() throws IOException {
        List<Element> i18n = bundle.modules("resource").stream().filter(r -> r.getAttribute("type").equals("i18n")).toList();
        assertEquals(1, i18n.size());
        assertEquals("i18n.prodops", i18n.get(0).getAttribute("location"));
        Properties texts = texts();
        Set<String> keys = new HashSet<>();
        NodeList all = bundle.descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("i18n-name-key")) {
                keys.add(e.getAttribute("i18n-name-key"));
            }
            if ((e.getTagName().equals("label") || e.getTagName().equals("description")) && e.hasAttribute("key")) {
                keys.add(e.getAttribute("key"));
            }
        }
        assertTrue(keys.contains("prodops.handler.userkey.name"));
        for (String key : keys) {
            assertTrue("i18n key " + key + " is not in i18n/prodops.properties", texts.containsKey(key));
        }
    }

    @Test
    public void activeObjectsModuleIsCoresStorage() {
        Element ao = bundle.module("ao");
        assertEquals(StorageEntities.NAMESPACE, ao.getAttribute("namespace"));
        List<String> entities = children(ao, "entity").stream().map(e -> e.getTextContent().strip()).toList();
        assertEquals(StorageEntities.ALL.stream().map(Class::getName).toList(), entities);
    }

    @Test
    public void restModuleIsCoresApiOnRestV2() {
        Element rest = bundle.module("rest");
        assertEquals(RestApi.PATH, rest.getAttribute("path"));
        assertEquals(RestApi.VERSION, rest.getAttribute("version"));
        String scanned = childText(rest, "package");
        for (Class<?> part : concat(RestApi.RESOURCES, RestApi.PROVIDERS)) {
            assertTrue(part + " is outside the scanned package " + scanned, part.getName().startsWith(scanned + "."));
        }
        Element migration = bundle.module("rest-migration");
        assertEquals(1, children(migration, "rest-v2").size());
    }

    @Test
    public void velocityAllowlistIsExactlyCoresList() throws Exception {
        List<String> core = coreAllowlist();
        assertFalse(core.isEmpty());
        List<String> descriptor = children(moduleWithKey("velocity-allowlist", "velocity-allowlist"), "method").stream().map(e -> e.getTextContent().strip()).toList();
        assertEquals(core, descriptor);
        for (String method : descriptor) {
            assertMethodExists(method);
        }
    }

    @Test
    public void adminSectionLinksToTheAdminServletForAdminsOnly() throws IOException {
        Element section = bundle.modules("web-section").stream().filter(e -> e.getAttribute("key").equals("prodops-admin-section")).findFirst().orElseThrow();
        assertEquals("admin_plugins_menu", section.getAttribute("location"));
        Element item = webItem("prodops-admin-link");
        assertEquals("admin_plugins_menu/" + section.getAttribute("key"), item.getAttribute("section"));
        assertEquals(Pages.SERVLET_ROOT + Pages.ADMIN, childText(item, "link"));
        Element templates = webItem("prodops-templates-admin-link");
        assertEquals("admin_plugins_menu/" + section.getAttribute("key"), templates.getAttribute("section"));
        assertEquals(Pages.SERVLET_ROOT + Pages.TEMPLATES, childText(templates, "link"));
        for (Element fragment : List.of(section, item, templates)) {
            Element condition = children(fragment, "condition").get(0);
            assertEquals("com.atlassian.jira.plugin.webfragment.conditions.JiraGlobalPermissionCondition", condition.getAttribute("class"));
            assertEquals("admin", childText(condition, "param"));
        }
        // the admin page template marks exactly this section and item as active
        String template = new String(bundle.entry("templates/admin/admin.vm"), StandardCharsets.UTF_8);
        assertTrue(template.contains("admin_plugins_menu/" + section.getAttribute("key")));
        assertTrue(template.contains("\"" + item.getAttribute("key") + "\""));
    }

    @Test
    public void topNavigationOpensThePortfolioForEveryoneLoggedInAndTheOpsPagesForOpsManagers() throws Exception {
        String loggedIn = "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition";
        String ops = "io.prodops.governance.jira.web.OpsManagerCondition";
        Element item = webItem("prodops-top-nav");
        assertEquals("system.top.navigation.bar", item.getAttribute("section"));
        assertEquals(Pages.SERVLET_ROOT + Pages.PORTFOLIO, childText(item, "link"));
        assertEquals(loggedIn, children(item, "condition").get(0).getAttribute("class"));
        // the menu: a web-section located at the top item's linkId
        Element menu = bundle.modules("web-section").stream().filter(e -> e.getAttribute("key").equals("prodops-top-nav-section")).findFirst().orElseThrow();
        assertEquals(children(item, "link").get(0).getAttribute("linkId"), menu.getAttribute("location"));
        String section = menu.getAttribute("location") + "/" + menu.getAttribute("key");
        Map<String, List<String>> expected = Map.of(
                "prodops-portfolio-link", List.of(Pages.PORTFOLIO, loggedIn),
                "prodops-health-rules-link", List.of(Pages.PORTFOLIO_RULES, ops),
                "prodops-templates-nav-link", List.of(Pages.TEMPLATES, ops),
                "prodops-gatesets-nav-link", List.of(Pages.GATESETS, ops));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Element link = webItem(e.getKey());
            assertEquals(e.getKey(), section, link.getAttribute("section"));
            assertEquals(e.getKey(), Pages.SERVLET_ROOT + e.getValue().get(0), childText(link, "link"));
            String condition = children(link, "condition").get(0).getAttribute("class");
            assertEquals(e.getKey(), e.getValue().get(1), condition);
            Class.forName(condition); // declared (host conditions) or ours
            if (condition.equals(ops)) {
                assertTrue(condition, Condition.class.isAssignableFrom(Class.forName(condition)));
            }
        }
    }

    @Test
    public void prdPanelSitsInTheIssueViewForBrowsersOfTheIssue() throws Exception {
        assertIssueViewPanel("prodops-prd-panel", PrdPanelView.TEMPLATE, "prodops.panel.label", WebResources.PRD_PANEL);
    }

    @Test
    public void experimentPanelSitsInTheIssueViewOfExperimentIssues() throws Exception {
        assertIssueViewPanel("prodops-experiment-panel", ExperimentPanelView.TEMPLATE, "prodops.exp.panel.label", WebResources.EXPERIMENT_PANEL);
        for (String license : new String[]{"chart.js/LICENSE.md", "kurkle-color/LICENSE.md"}) {
            assertTrue("Chart.js ships with the license of " + license, bundle.entries.containsKey(WebResources.ROOT + "vendor/chartjs/licenses/" + license));
        }
    }

    /** A web panel in the issue view's right column: template in the jar, provider and condition classes, its resources. */
    private void assertIssueViewPanel(String key, String template, String labelKey, String webResource) throws Exception {
        Element panel = bundle.modules("web-panel").stream().filter(e -> e.getAttribute("key").equals(key)).findFirst().orElseThrow();
        assertEquals("atl.jira.view.issue.right.context", panel.getAttribute("location"));
        Element view = children(panel, "resource").get(0);
        assertEquals("velocity", view.getAttribute("type"));
        assertEquals("view", view.getAttribute("name"));
        assertEquals(template, view.getAttribute("location"));
        assertTrue("the panel template is in the jar", bundle.entries.containsKey(template));
        Class<?> provider = Class.forName(children(panel, "context-provider").get(0).getAttribute("class"));
        assertTrue(ContextProvider.class.isAssignableFrom(provider));
        Class<?> condition = Class.forName(children(panel, "condition").get(0).getAttribute("class"));
        assertTrue(Condition.class.isAssignableFrom(condition));
        assertEquals(labelKey, children(panel, "label").get(0).getAttribute("key"));
        Element resources = bundle.modules("web-resource").stream().filter(e -> e.getAttribute("key").equals(webResource)).findFirst().orElseThrow();
        assertEquals("the panel's script also loads with issues shown without a page load", "jira.view.issue", childText(resources, "context"));
    }

    @Test
    public void readinessPanelSitsInTheIssueViewForBrowsersOfTheIssue() throws Exception {
        Element panel = bundle.modules("web-panel").stream().filter(e -> e.getAttribute("key").equals("prodops-readiness-panel")).findFirst().orElseThrow();
        assertEquals("atl.jira.view.issue.right.context", panel.getAttribute("location"));
        assertEquals(io.prodops.governance.readiness.web.ReadinessPanelView.TEMPLATE, children(panel, "resource").get(0).getAttribute("location"));
        assertTrue(bundle.entries.containsKey(io.prodops.governance.readiness.web.ReadinessPanelView.TEMPLATE));
        assertTrue(ContextProvider.class.isAssignableFrom(Class.forName(children(panel, "context-provider").get(0).getAttribute("class"))));
        assertEquals("io.prodops.governance.jira.web.ReadinessPanelCondition", children(panel, "condition").get(0).getAttribute("class"));
        assertTrue(Condition.class.isAssignableFrom(Class.forName(children(panel, "condition").get(0).getAttribute("class"))));
        Element resources = bundle.modules("web-resource").stream().filter(e -> e.getAttribute("key").equals(WebResources.READINESS_PANEL)).findFirst().orElseThrow();
        assertEquals("jira.view.issue", childText(resources, "context"));
        assertEquals(Pages.SERVLET_ROOT + Pages.GATESETS, childText(webItem("prodops-gatesets-admin-link"), "link"));
    }

    @Test
    public void servletModulesAreCoresPages() {
        Map<String, String> descriptor = new TreeMap<>();
        for (Element servlet : bundle.modules("servlet")) {
            for (Element pattern : children(servlet, "url-pattern")) {
                descriptor.put(pattern.getTextContent().strip(), servlet.getAttribute("class"));
            }
        }
        Map<String, String> core = new TreeMap<>();
        Pages.SERVLETS.forEach((pattern, servlet) -> core.put(pattern, servlet.getName()));
        assertEquals(core, descriptor);
    }

    @Test
    public void webResourcesAreCoresModules() {
        Map<String, List<String>> descriptor = new TreeMap<>();
        for (Element module : bundle.modules("web-resource")) {
            if (JiraWebResources.MODULES.containsKey(module.getAttribute("key"))) {
                continue; // Jira-only: checked by portfolioDashboardItemIsAClientSideItemWithItsResources
            }
            assertEquals(List.of("com.atlassian.auiplugin:ajs"), children(module, "dependency").stream().map(e -> e.getTextContent().strip()).toList());
            List<String> files = new ArrayList<>();
            for (Element resource : children(module, "resource")) {
                String location = resource.getAttribute("location");
                assertTrue(location + " is not under " + WebResources.ROOT, location.startsWith(WebResources.ROOT));
                assertTrue(location + " is not in the jar", bundle.entries.containsKey(location));
                assertEquals("download", resource.getAttribute("type"));
                files.add(location.substring(WebResources.ROOT.length()));
            }
            descriptor.put(module.getAttribute("key"), files);
        }
        assertEquals(new TreeMap<>(WebResources.MODULES), descriptor);
    }

    /**
     * The dashboard item: an AMD module (client-side rendering, no Soy view) defined by a Jira-only web-resource on
     * dashboards, every text key in the bundle's i18n, the thumbnail in the jar, and the script and styles present.
     */
    @Test
    public void portfolioDashboardItemIsAClientSideItemWithItsResources() throws IOException {
        Element item = moduleWithKey("dashboard-item", "prodops-portfolio-dashboard-item");
        assertEquals("true", item.getAttribute("configurable"));
        assertEquals(JiraWebResources.PORTFOLIO_DASHBOARD_ITEM_AMD, childText(item, "amd-module"));
        assertTrue("no server-side view: nothing to compile", children(item, "resource").isEmpty());
        Element definition = children(item, "definition").get(0);
        Properties texts = texts();
        for (String key : List.of(item.getAttribute("i18n-name-key"), children(definition, "title").get(0).getAttribute("key"),
                children(item, "description").get(0).getAttribute("key"))) {
            assertTrue("i18n key " + key, texts.containsKey(key));
        }
        assertEquals("JIRA", childText(children(definition, "categories").get(0), "category"));
        assertFalse(childText(children(definition, "author").get(0), "name").isEmpty());
        String thumbnail = children(definition, "thumbnail").get(0).getAttribute("location");
        String prefix = "/download/resources/" + io.prodops.governance.jira.JiraApp.PLUGIN_KEY + "/";
        assertTrue(thumbnail, thumbnail.startsWith(prefix));
        assertTrue("the thumbnail is in the jar (plugin download resource images/)", bundle.entries.containsKey(thumbnail.substring(prefix.length())));

        Element resources = moduleWithKey("web-resource", JiraWebResources.PORTFOLIO_DASHBOARD_ITEM);
        assertEquals("atl.dashboard", childText(resources, "context"));
        assertEquals(List.of("com.atlassian.auiplugin:ajs"), children(resources, "dependency").stream().map(e -> e.getTextContent().strip()).toList());
        Element transformation = children(resources, "transformation").get(0);
        assertEquals("js", transformation.getAttribute("extension"));
        assertEquals("jsI18n", children(transformation, "transformer").get(0).getAttribute("key"));
        List<String> files = new ArrayList<>();
        for (Element resource : children(resources, "resource")) {
            String location = resource.getAttribute("location");
            assertEquals("download", resource.getAttribute("type"));
            assertTrue(location + " is under " + JiraWebResources.ROOT, location.startsWith(JiraWebResources.ROOT));
            assertTrue(location + " is in the jar", bundle.entries.containsKey(location));
            files.add(location.substring(JiraWebResources.ROOT.length()));
        }
        assertEquals(JiraWebResources.MODULES.get(JiraWebResources.PORTFOLIO_DASHBOARD_ITEM), files);
        String script = new String(bundle.entry(JiraWebResources.ROOT + "portfolio-dashboard-item.js"), StandardCharsets.UTF_8);
        assertTrue("the script defines the module the dashboard item names",
                script.contains("define('" + JiraWebResources.PORTFOLIO_DASHBOARD_ITEM_AMD + "'"));
    }

    /** The reconcile job and the event listener are components of the app's Spring context (scanner index). */
    @Test
    public void portfolioJobAndListenerAreComponents() throws Exception {
        List<String> components = bundle.index("component").stream().map(line -> line.split("#")[0]).toList();
        for (Class<?> type : List.of(PortfolioReconcileJob.class, PortfolioRefreshListener.class)) {
            assertTrue(type.getName() + " is in the scanner index", components.contains(type.getName()));
        }
        assertTrue("SAL calls the job's onStart: exported as LifecycleAware", bundle.index("exports")
                .contains(PortfolioReconcileJob.class.getName() + "#com.atlassian.sal.api.lifecycle.LifecycleAware"));
        assertTrue(bundle.index("imports").contains("com.atlassian.scheduler.SchedulerService"));
        assertTrue(com.atlassian.scheduler.JobRunner.class.isAssignableFrom(PortfolioReconcileJob.class));
        assertTrue(PortfolioRefreshListener.class.getMethod("onIssueEvent", com.atlassian.jira.event.issue.IssueEvent.class)
                .isAnnotationPresent(com.atlassian.event.api.EventListener.class));
    }

    @Test
    public void userKeyChangeHandlerModuleIsAJiraHandler() throws Exception {
        Element handler = bundle.module("user-key-change-handler");
        Class<?> type = Class.forName(handler.getAttribute("class"));
        assertTrue(UserKeyChangeHandler.class.isAssignableFrom(type));
    }

    @Test
    public void moduleKeysAreUnique() {
        Set<String> keys = new HashSet<>();
        NodeList modules = bundle.descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < modules.getLength(); i++) {
            if (modules.item(i) instanceof Element e && e.hasAttribute("key")) {
                assertTrue("duplicate module key " + e.getAttribute("key"), keys.add(e.getAttribute("key")));
            }
        }
    }

    @Test
    public void workflowModulesNameJirasWorkflowTypes() throws Exception {
        Map<String, Class<?>[]> types = Map.of(
                "workflow-condition", new Class<?>[]{WorkflowPluginConditionFactory.class, com.opensymphony.workflow.Condition.class},
                "workflow-validator", new Class<?>[]{WorkflowPluginValidatorFactory.class, com.opensymphony.workflow.Validator.class},
                "workflow-function", new Class<?>[]{WorkflowPluginFunctionFactory.class, FunctionProvider.class});
        Map<String, String> implementation = Map.of("workflow-condition", "condition-class", "workflow-validator", "validator-class",
                "workflow-function", "function-class");
        for (Map.Entry<String, Class<?>[]> module : types.entrySet()) {
            Element element = bundle.module(module.getKey());
            assertTrue(module.getKey() + " factory", module.getValue()[0].isAssignableFrom(Class.forName(element.getAttribute("class"))));
            assertTrue(module.getKey() + " class", module.getValue()[1].isAssignableFrom(Class.forName(childText(element, implementation.get(module.getKey())))));
            Map<String, String> resources = new TreeMap<>();
            for (Element resource : children(element, "resource")) {
                assertEquals("velocity", resource.getAttribute("type"));
                assertTrue(resource.getAttribute("location") + " is in the jar", bundle.entries.containsKey(resource.getAttribute("location")));
                resources.put(resource.getAttribute("name"), resource.getAttribute("location"));
            }
            assertEquals(Set.of("view", "input-parameters", "edit-parameters"), resources.keySet());
            assertEquals(ReadinessRuleView.TEMPLATE, resources.get("view"));
            assertEquals(ReadinessRuleForm.INPUT_TEMPLATE, resources.get("input-parameters"));
            assertEquals(ReadinessRuleForm.EDIT_TEMPLATE, resources.get("edit-parameters"));
        }
        assertEquals("snapshots are taken on transitions, never on create", "non-initial", childText(bundle.module("workflow-function"), "addable"));
    }

    /** The Jira-only workflow templates: Jira's HTML escaping is switched on, and every method they call is allowlisted. */
    @Test
    public void workflowTemplatesEscapeAndCallOnlyAllowlistedMethods() throws Exception {
        List<String> allowlist = new String(bundle.entry("META-INF/prodops/velocity-allowlist-jira.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> descriptor = children(moduleWithKey("velocity-allowlist", "velocity-allowlist-workflow"), "method").stream()
                .map(e -> e.getTextContent().strip()).toList();
        assertEquals(allowlist, descriptor);
        for (String method : descriptor) {
            assertMethodExists(method);
        }
        Map<String, Class<?>> references = Map.of("prodopsRule", ReadinessRuleView.class, "prodopsForm", ReadinessRuleForm.class,
                "set", io.prodops.governance.jira.workflow.GateSetChoice.class, "gate", io.prodops.governance.jira.workflow.GateChoice.class);
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)(\\()?");
        for (String template : List.of(ReadinessRuleView.TEMPLATE, ReadinessRuleForm.INPUT_TEMPLATE)) {
            String text = new String(bundle.entry(template), StandardCharsets.UTF_8);
            assertTrue(template + " switches Jira's HTML escaping on", text.startsWith("#enable_html_escaping()"));
            java.util.regex.Matcher m = call.matcher(text);
            int calls = 0;
            while (m.find()) {
                Class<?> type = references.get(m.group(1));
                assertTrue(template + ": $" + m.group(1) + " is not a known view model", type != null);
                String name = m.group(2);
                String accessor = m.group(3) != null ? name + "(java.lang.String)"
                        : descriptor.contains(type.getName() + "#is" + capitalize(name) + "()") ? "is" + capitalize(name) + "()" : "get" + capitalize(name) + "()";
                assertTrue(template + " calls " + type.getName() + "#" + accessor + ", which is not allowlisted",
                        descriptor.contains(type.getName() + "#" + accessor));
                calls++;
            }
            assertTrue(template + " was scanned", calls > 0);
        }
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Element moduleWithKey(String tag, String key) {
        List<Element> found = bundle.modules(tag).stream().filter(e -> e.getAttribute("key").equals(key)).toList();
        assertEquals("<" + tag + " key=\"" + key + "\">", 1, found.size());
        return found.get(0);
    }

    private Element webItem(String key) {
        List<Element> items = bundle.modules("web-item").stream().filter(e -> e.getAttribute("key").equals(key)).toList();
        assertEquals("web-item " + key, 1, items.size());
        return items.get(0);
    }

    private static Map<String, String> params(Element parent) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : children(parent, "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().strip());
        }
        return params;
    }

    private Properties texts() throws IOException {
        Properties texts = new Properties();
        texts.load(new ByteArrayInputStream(bundle.entry("i18n/prodops.properties")));
        return texts;
    }

    /** Core's list, from every copy on the class path (core's jar and the bundle's inlined copy must agree). */
    private static List<String> coreAllowlist() throws IOException {
        List<URL> copies = Collections.list(DescriptorIT.class.getClassLoader().getResources("META-INF/prodops/velocity-allowlist.txt"));
        assertFalse("core's velocity-allowlist.txt is not on the class path", copies.isEmpty());
        List<String> first = null;
        for (URL copy : copies) {
            try (InputStream in = copy.openStream()) {
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                if (first == null) {
                    first = lines;
                } else {
                    assertEquals(copy.toString(), first, lines);
                }
            }
        }
        return first;
    }

    /** {@code pkg.Class#method(type, type)} names a public method of that class. */
    private static void assertMethodExists(String entry) throws ClassNotFoundException {
        String className = entry.substring(0, entry.indexOf('#'));
        String method = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
        String parameters = entry.substring(entry.indexOf('(') + 1, entry.indexOf(')')).strip();
        List<Class<?>> types = new ArrayList<>();
        if (!parameters.isEmpty()) {
            for (String type : parameters.split(",")) {
                types.add(Class.forName(type.strip()));
            }
        }
        try {
            Class.forName(className).getMethod(method, types.toArray(Class[]::new));
        } catch (NoSuchMethodException e) {
            throw new AssertionError("velocity allowlist names a method that does not exist: " + entry);
        }
    }

    private static List<Class<?>> concat(List<Class<?>> a, List<Class<?>> b) {
        List<Class<?>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
