package io.prodops.governance.common.web;

import io.prodops.governance.experiment.web.ExperimentPageServlet;
import io.prodops.governance.experiment.web.ExperimentPageView;
import io.prodops.governance.experiment.web.ExperimentPanelView;
import io.prodops.governance.prd.web.PrdPageServlet;
import io.prodops.governance.prd.web.PrdPageView;
import io.prodops.governance.prd.web.PrdPanelView;
import io.prodops.governance.prd.web.TemplatesPageServlet;
import io.prodops.governance.prd.web.TemplatesPageView;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/**
 * Velocity views only call allowlisted methods of their immutable view models (Jira blocks everything else):
 * every {@code $view.x} reference in a template resolves to a method listed in velocity-allowlist.txt, and every
 * listed method exists with exactly that signature.
 */
public class VelocityAllowlistTest {
    /** Template to the class of its {@code $view}. */
    private static final Map<String, Class<?>> VIEWS = Map.ofEntries(
            Map.entry(AdminPageServlet.TEMPLATE, AdminPageView.class),
            Map.entry(PrdPageServlet.TEMPLATE, PrdPageView.class),
            Map.entry(PrdPanelView.TEMPLATE, PrdPanelView.class),
            Map.entry(TemplatesPageServlet.TEMPLATE, TemplatesPageView.class),
            Map.entry(io.prodops.governance.readiness.web.ReadinessPanelView.TEMPLATE, io.prodops.governance.readiness.web.ReadinessPanelView.class),
            Map.entry(io.prodops.governance.readiness.web.GateSetsPageServlet.TEMPLATE, ScriptPageView.class),
            Map.entry(io.prodops.governance.experiment.web.ExperimentTypePageServlet.TEMPLATE, io.prodops.governance.experiment.web.ExperimentTypePageView.class),
            Map.entry(ExperimentPageServlet.TEMPLATE, ExperimentPageView.class),
            Map.entry(ExperimentPanelView.TEMPLATE, ExperimentPanelView.class),
            Map.entry(io.prodops.governance.portfolio.web.PortfolioPageServlet.TEMPLATE, ScriptPageView.class),
            Map.entry(io.prodops.governance.portfolio.web.HealthRulesPageServlet.TEMPLATE, ScriptPageView.class));
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?view\\.(\\w+)(\\()?");

    @Test
    public void templatesCallOnlyAllowlistedMethods() throws IOException {
        Set<String> allowlist = allowlist();
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, Class<?>> view : VIEWS.entrySet()) {
            Matcher m = REFERENCE.matcher(read(view.getKey()));
            while (m.find()) {
                used.add(signature(view.getValue(), m.group(1), m.group(2) != null));
            }
        }
        Set<String> notAllowed = new TreeSet<>(used);
        notAllowed.removeAll(allowlist);
        assertEquals(Set.of(), notAllowed);
        assertEquals("allowlisted but unused", Set.of(), difference(allowlist, used));
    }

    @Test
    public void viewModelsAreImmutable() {
        for (Class<?> view : VIEWS.values()) {
            Arrays.stream(view.getDeclaredFields()).forEach(f ->
                    assertEquals(view.getSimpleName() + "." + f.getName() + " must be final", true, java.lang.reflect.Modifier.isFinal(f.getModifiers())));
        }
    }

    private static String signature(Class<?> type, String name, boolean call) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> call ? m.getName().equals(name)
                        : m.getParameterCount() == 0 && (m.getName().equals("get" + capitalize(name)) || m.getName().equals("is" + capitalize(name))))
                .toList();
        if (candidates.size() != 1) {
            throw new AssertionError(type.getSimpleName() + " has " + candidates.size() + " methods for $view." + name);
        }
        Method m = candidates.get(0);
        return type.getName() + "#" + m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getName).collect(Collectors.joining(", ")) + ")";
    }

    static Set<String> allowlist() throws IOException {
        return read("META-INF/prodops/velocity-allowlist.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = VelocityAllowlistTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
