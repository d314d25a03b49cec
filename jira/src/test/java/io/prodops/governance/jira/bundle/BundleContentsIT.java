package io.prodops.governance.jira.bundle;

import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** What is inside the built jar: our classes and resources, never the host's; the generated Spring Scanner index. */
public class BundleContentsIT {
    private static final List<String> FORBIDDEN = List.of("com/atlassian/", "javax/", "jakarta/", "net/java/ao/");
    private static final String SCANNER_ANNOTATIONS = "com/atlassian/plugin/spring/scanner/";

    private final BuiltBundle bundle = BuiltBundle.get();

    @Test
    public void noHostClassesInsideTheJarOrItsEmbeddedLibraries() {
        List<String> found = new ArrayList<>(forbidden(bundle.entries.keySet(), ""));
        bundle.embeddedJars().forEach((jar, entries) -> found.addAll(forbidden(entries.keySet(), jar + "!/")));
        assertEquals("host API classes (Atlassian, javax, jakarta, Active Objects, Spring Scanner annotations) must come from the host",
                List.of(), found);
    }

    @Test
    public void everyClassTheDescriptorNamesIsInTheJarOrImportedFromTheHost() {
        Set<String> imported = bundle.imports().keySet();
        List<String> missing = new ArrayList<>();
        for (String className : bundle.classesNamedInDescriptor()) {
            boolean ours = className.startsWith("io.prodops.");
            if (ours ? !bundle.hasClass(className) : !imported.contains(BuiltBundle.packageOf(className))) {
                missing.add(className);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(bundle.classesNamedInDescriptor().contains("io.prodops.governance.jira.anonymize.ProdOpsUserKeyChangeHandler"));
    }

    @Test
    public void theScannerIndexWasGeneratedAndEveryClassItNamesIsThere() {
        for (String file : List.of("component", "imports", "exports")) {
            List<String> lines = bundle.index(file);
            assertFalse(file + " is empty", lines.isEmpty());
            for (String line : lines) {
                assertFalse(file + " has a blank line (the runtime reads every line as an entry)", line.isBlank());
                assertEquals(file + " line has stray whitespace: '" + line + "'", line.strip(), line);
            }
        }
        Set<String> imported = bundle.imports().keySet();
        List<String> missing = new ArrayList<>();
        for (String className : bundle.classesNamedInIndex()) {
            boolean ours = className.startsWith("io.prodops.");
            if (ours ? !bundle.hasClass(className) : !imported.contains(BuiltBundle.packageOf(className))) {
                missing.add(className);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void theIndexWiresCoreAndTheJiraAdapters() {
        List<String> components = bundle.index("component");
        // core's fragment merged in
        assertTrue(components.contains("io.prodops.governance.common.setup.OneTimeSetup"));
        assertTrue(components.contains("io.prodops.governance.common.storage.UserKeyRewriter"));
        // one Jira adapter per core port
        for (String adapter : List.of("issue.JiraIssueDirectory", "user.JiraUserDirectory", "user.JiraCurrentUser", "security.JiraAccessPolicy",
                "cluster.JiraClusterLocks", "web.JiraPageResources", "web.JiraLoginRedirects", "setup.SetupLauncher")) {
            assertTrue(adapter, components.contains("io.prodops.governance.jira." + adapter));
        }
        List<String> imports = bundle.index("imports");
        // host services only core uses
        assertTrue(imports.contains("com.atlassian.activeobjects.external.ActiveObjects"));
        assertTrue(imports.contains("com.atlassian.templaterenderer.TemplateRenderer"));
        assertTrue(bundle.index("exports").contains("io.prodops.governance.jira.setup.SetupLauncher#com.atlassian.sal.api.lifecycle.LifecycleAware"));
    }

    @Test
    public void theSpringContextScansTheIndex() {
        String xml = new String(bundle.entry("META-INF/spring/plugin-context.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<atlassian-scanner:scan-indexes/>"));
        assertTrue(xml.contains("http://www.atlassian.com/schema/atlassian-scanner/2"));
    }

    @Test
    public void embeddedLibrariesLiveInMetaInfLibAreOnTheBundleClassPathAndAreNotHostLibraries() {
        Map<String, String> host = BuiltBundle.hostExportedPackages();
        String classPath = bundle.manifest.getValue("Bundle-ClassPath");
        Set<String> onClassPath = classPath == null ? Set.of(".") : new TreeSet<>(Arrays.stream(classPath.split(",")).map(String::strip).toList());
        assertTrue(onClassPath.contains("."));
        bundle.embeddedJars().forEach((jar, entries) -> {
            assertTrue(jar + " must be under META-INF/lib/", jar.startsWith("META-INF/lib/"));
            assertTrue(jar + " is not on the Bundle-ClassPath", onClassPath.contains(jar));
            for (String name : entries.keySet()) {
                if (name.endsWith(".class") && name.contains("/")) {
                    String pkg = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
                    assertFalse(jar + " ships " + pkg + ", which the host exports to apps: use the host's", host.containsKey(pkg));
                }
            }
        });
        for (String entry : onClassPath) {
            assertTrue("Bundle-ClassPath entry " + entry + " is not in the jar", entry.equals(".") || bundle.entries.containsKey(entry));
        }
    }

    @Test
    public void resourcesThePluginUsesAreThere() {
        for (String name : List.of("i18n/prodops.properties", "templates/admin/admin.vm", "io/prodops/governance/web/css/prodops.css",
                "io/prodops/governance/web/js/admin.js", "io/prodops/governance/web/js/prodops-common.js")) {
            assertTrue(name, bundle.entries.containsKey(name));
        }
        for (String icon : List.of("images/pluginIcon.png", "images/pluginLogo.png")) {
            byte[] png = bundle.entry(icon);
            assertTrue(icon + " is not a PNG", png.length > 8 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
        }
    }

    @Test
    public void theDescriptorIsFilteredNotRaw() {
        String xml = new String(bundle.entry("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        assertFalse("unfiltered ${...} left in atlassian-plugin.xml", xml.contains("${"));
    }

    private static List<String> forbidden(Set<String> names, String prefix) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            boolean hostPackage = FORBIDDEN.stream().anyMatch(name::startsWith) || name.startsWith(SCANNER_ANNOTATIONS);
            if (hostPackage) {
                found.add(prefix + name);
            }
        }
        return found;
    }
}
