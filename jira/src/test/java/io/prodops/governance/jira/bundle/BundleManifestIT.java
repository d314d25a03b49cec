package io.prodops.governance.jira.bundle;

import io.prodops.governance.jira.JiraApp;
import org.junit.Test;
import org.osgi.framework.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The manifest rules of a transformerless Atlassian app (shared/atlassian-platform.md §5.1, §5.4), on the built jar. */
public class BundleManifestIT {
    private final BuiltBundle bundle = BuiltBundle.get();

    @Test
    public void theBundleIsThePluginKeyEverywhere() {
        String key = BuiltBundle.property("prodops.plugin.key");
        assertEquals(JiraApp.PLUGIN_KEY, key);
        assertEquals(key, bundle.manifest.getValue("Bundle-SymbolicName").split(";")[0].strip());
        assertEquals(key, bundle.manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(key, bundle.descriptor.getDocumentElement().getAttribute("key"));
    }

    @Test
    public void bundleVersionIsAValidOsgiVersionOfTheProjectVersion() {
        String header = bundle.manifest.getValue("Bundle-Version");
        Version version = Version.parseVersion(header); // throws on an invalid version
        String projectVersion = BuiltBundle.property("prodops.project.version");
        assertEquals(Version.parseVersion(projectVersion.replaceFirst("-", ".")), version);
        assertEquals("2", bundle.manifest.getValue("Bundle-ManifestVersion"));
    }

    @Test
    public void springContextIsStarSoThePluginSystemLoadsOurContext() {
        assertEquals("*", bundle.manifest.getValue("Spring-Context"));
        assertTrue(bundle.entries.containsKey("META-INF/spring/plugin-context.xml"));
    }

    @Test
    public void nothingIsExported() {
        String exports = bundle.manifest.getValue("Export-Package");
        assertTrue("Export-Package: " + exports, exports == null || exports.isBlank());
    }

    @Test
    public void noJavaImportsAndNoExecutionEnvironmentRequirement() {
        for (String pkg : bundle.imports().keySet()) {
            assertFalse("java.* must not be imported: " + pkg, pkg.startsWith("java."));
        }
        String capabilities = bundle.manifest.getValue("Require-Capability");
        assertTrue("Require-Capability: " + capabilities, capabilities == null || !capabilities.contains("osgi.ee"));
        assertNull(bundle.manifest.getValue("Bundle-RequiredExecutionEnvironment"));
    }

    @Test
    public void noBuildMachineDetailsOrLocalPaths() {
        for (String header : List.of("Include-Resource", "Private-Package", "Embed-Dependency", "Embed-Directory", "Embed-StripGroup",
                "Embed-Transitive", "Embedded-Artifacts", "Bnd-LastModified", "Tool", "Built-By")) {
            assertNull(header + " leaks build details", bundle.manifest.getValue(header));
        }
        String basedir = bundle.jar.toAbsolutePath().getParent().getParent().toString();
        for (Object name : bundle.manifest.keySet()) {
            String value = bundle.manifest.getValue(name.toString());
            assertFalse(name + " contains a local path: " + value, value.contains(basedir) || value.matches("(?s).*(^|[=,;\\s])/(work|home|root|tmp|Users)/.*"));
        }
    }

    @Test
    public void everyImportIsAPackageTheHostExportsToApps() {
        Map<String, String> host = BuiltBundle.hostExportedPackages();
        List<String> unknown = new ArrayList<>();
        for (String pkg : bundle.imports().keySet()) {
            if (!host.containsKey(pkg)) {
                unknown.add(pkg);
            }
        }
        assertEquals("Import-Package entries not in src/test/resources/host-exported-packages.txt (add them with evidence, or embed/remove the use)",
                List.of(), unknown);
    }

    @Test
    public void importsAreMandatorySoAMissingHostPackageFailsAtInstallNotAtFirstUse() {
        bundle.imports().forEach((pkg, attributes) ->
                assertFalse(pkg + " is optional", attributes.replace(" ", "").contains("resolution:=optional")));
    }

    @Test
    public void everyHostPackageTheBytecodeUsesIsImported() {
        Set<String> own = bundle.ownPackages();
        Set<String> imported = bundle.imports().keySet();
        Set<String> missing = new TreeSet<>();
        for (String className : bundle.classNames()) {
            for (String type : BuiltBundle.referencedTypes(bundle.entry(className.replace('.', '/') + ".class"))) {
                String pkg = BuiltBundle.packageOf(type);
                if (!pkg.startsWith("java.") && !pkg.isEmpty() && !own.contains(pkg) && !imported.contains(pkg)) {
                    missing.add(pkg + " (used by " + className + ")");
                }
            }
        }
        assertEquals("host packages used in bytecode but not imported", Set.of(), missing);
    }

    @Test
    public void hostPackagesNamedOnlyInTheDescriptorAreImported() {
        Set<String> imported = bundle.imports().keySet();
        for (String className : bundle.classesNamedInDescriptor()) {
            if (!bundle.hasClass(className)) {
                assertTrue(className + " (named in atlassian-plugin.xml) is neither in the bundle nor in an imported package",
                        imported.contains(BuiltBundle.packageOf(className)));
            }
        }
        assertTrue(imported.contains("com.atlassian.jira.plugin.webfragment.conditions"));
    }
}
