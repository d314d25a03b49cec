package io.prodops.governance.jira.bundle;

import org.apache.felix.framework.Felix;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * Installs the built jar into Apache Felix (Jira runs its apps in Felix) next to a stand-in host whose system bundle
 * exports exactly our list of host packages (classes from the test class path: the Atlassian API declarations,
 * jakarta, jackson, AO, slf4j). The bundle must resolve, and every class the descriptor and the scanner index name, and
 * every class in the jar, must load and link through the bundle's class loader.
 */
public class FelixInstallIT {
    private final BuiltBundle built = BuiltBundle.get();
    private final List<Felix> frameworks = new ArrayList<>();

    @After
    public void stopFrameworks() throws Exception {
        for (Felix felix : frameworks) {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    @Test
    public void theBundleResolvesAgainstTheHostsExports() throws Exception {
        Bundle bundle = install(BuiltBundle.hostExportedPackages().keySet(), "host");

        assertTrue("bundle did not resolve: " + unresolvedReason(bundle), resolve(bundle));
        assertEquals(BuiltBundle.property("prodops.plugin.key"), bundle.getSymbolicName());
        bundle.start();
        assertEquals(Bundle.ACTIVE, bundle.getState());
    }

    @Test
    public void everyClassTheDescriptorAndTheIndexNameLoadsThroughTheBundle() throws Exception {
        Bundle bundle = install(BuiltBundle.hostExportedPackages().keySet(), "host");
        assertTrue(resolve(bundle));
        ClassLoader bundleLoader = bundle.adapt(BundleWiring.class).getClassLoader();

        Set<String> named = new TreeSet<>(built.classesNamedInDescriptor());
        named.addAll(built.classesNamedInIndex());
        List<String> failures = new ArrayList<>();
        for (String className : named) {
            try {
                Class<?> type = bundle.loadClass(className);
                link(type);
                if (className.startsWith("io.prodops.")) {
                    assertSame(className + " must come from the bundle, not the class path", bundleLoader, type.getClassLoader());
                }
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(className + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(named.contains("io.prodops.governance.common.web.AdminPageServlet"));
        assertTrue(named.contains("com.atlassian.activeobjects.external.ActiveObjects"));
    }

    @Test
    public void everyClassInTheJarLinksThroughTheBundle() throws Exception {
        Bundle bundle = install(BuiltBundle.hostExportedPackages().keySet(), "host");
        assertTrue(resolve(bundle));

        Set<String> classNames = new TreeSet<>(built.classNames());
        // and the classes of embedded libraries (META-INF/lib/*.jar on the Bundle-ClassPath): their own imports must resolve too
        built.embeddedJars().values().forEach(entries -> entries.keySet().stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .forEach(classNames::add));
        List<String> failures = new ArrayList<>();
        for (String className : classNames) {
            try {
                link(bundle.loadClass(className));
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(className + ": " + e);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The check can fail: a host without one of the imported packages must not resolve the bundle. */
    @Test
    public void aHostMissingAnImportedPackageDoesNotResolveIt() throws Exception {
        Set<String> packages = new TreeSet<>(BuiltBundle.hostExportedPackages().keySet());
        assertTrue(packages.remove("com.atlassian.jira.user.anonymize"));
        Bundle bundle = install(packages, "incomplete-host");

        assertFalse(resolve(bundle));
        BundleException e = org.junit.Assert.assertThrows(BundleException.class, bundle::start);
        assertTrue(e.getMessage(), e.getMessage().contains("com.atlassian.jira.user.anonymize"));
    }

    private Bundle install(Set<String> hostPackages, String name) throws Exception {
        Path storage = Path.of(BuiltBundle.property("prodops.work.dir"), "felix-" + name + "-" + System.nanoTime());
        Files.createDirectories(storage);
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", hostPackages));
        config.put("felix.log.level", "1");
        Felix felix = new Felix(config);
        frameworks.add(felix);
        felix.start();
        try (InputStream in = Files.newInputStream(built.jar)) {
            return felix.getBundleContext().installBundle("file:" + built.jar.toAbsolutePath(), in);
        }
    }

    private boolean resolve(Bundle bundle) {
        return systemOf(bundle).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
    }

    private Bundle systemOf(Bundle bundle) {
        for (Felix felix : frameworks) {
            for (Bundle b : felix.getBundleContext().getBundles()) {
                if (b == bundle) {
                    return felix;
                }
            }
        }
        throw new IllegalStateException("bundle of no known framework");
    }

    private static String unresolvedReason(Bundle bundle) {
        try {
            bundle.start();
            return "(started after all)";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }

    /** Resolves every type in the class's signatures and annotations (what the JVM links when Spring or Jira touch it). */
    private static void link(Class<?> type) {
        type.getDeclaredFields();
        type.getDeclaredConstructors();
        for (Method method : type.getDeclaredMethods()) {
            method.getGenericReturnType();
            method.getGenericParameterTypes();
            method.getAnnotations();
            method.getParameterAnnotations();
        }
        type.getAnnotations();
        type.getGenericInterfaces();
        type.getGenericSuperclass();
    }
}
