package io.prodops.governance.jira.bundle;

import io.prodops.governance.jira.workflow.LaunchReadinessCondition;
import org.junit.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * What the app's Spring context will do in Jira, checked on the built jar's index: every component (scanner index)
 * and every class Jira builds through the container (descriptor: module classes, workflow condition/validator/function
 * classes) has a constructor whose parameters resolve by type to exactly one component, or to an imported host
 * service. A core port without a Jira adapter, or two components of one port, would only show when Jira enables the
 * app; here it fails the build.
 */
public class SpringWiringIT {
    private final BuiltBundle bundle = BuiltBundle.get();

    @Test
    public void everyConstructorParameterResolvesToExactlyOneBeanOrAHostService() throws Exception {
        List<Class<?>> components = new ArrayList<>();
        for (String line : bundle.index("component")) {
            components.add(Class.forName(line.split("#")[0]));
        }
        Set<String> hostServices = new TreeSet<>();
        for (String line : bundle.index("imports")) {
            hostServices.add(line.split("#")[0]);
        }
        Set<Class<?>> built = new java.util.LinkedHashSet<>(components);
        for (String name : bundle.classesNamedInDescriptor()) {
            if (name.startsWith("io.prodops.governance.")) {
                Class<?> type = Class.forName(name);
                if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && type.getAnnotation(net.java.ao.schema.Table.class) == null
                        && !net.java.ao.RawEntity.class.isAssignableFrom(type)) {
                    built.add(type);
                }
            }
        }
        assertTrue("the workflow classes are checked too", built.contains(LaunchReadinessCondition.class));
        assertEquals(List.of(), problems(built, components, hostServices));
    }

    /**
     * Portfolio (portfolio-jira): the reconcile job and the event listener are components, core's refresher is the one
     * {@code SummaryRefresh}, and core's change observer the one {@code IssueDataChanged} the PRD, readiness and
     * experiment services are given, so the app's own changes refresh summaries in Jira too.
     */
    @Test
    public void portfolioBeansAreWired() throws Exception {
        List<Class<?>> components = new ArrayList<>();
        for (String line : bundle.index("component")) {
            components.add(Class.forName(line.split("#")[0]));
        }
        assertTrue(components.contains(io.prodops.governance.jira.portfolio.PortfolioReconcileJob.class));
        assertTrue(components.contains(io.prodops.governance.jira.portfolio.PortfolioRefreshListener.class));
        assertEquals(List.of(io.prodops.governance.portfolio.domain.PortfolioRefresher.class),
                components.stream().filter(io.prodops.governance.portfolio.domain.SummaryRefresh.class::isAssignableFrom).toList());
        assertEquals(List.of(io.prodops.governance.portfolio.domain.SummaryRefreshOnChange.class),
                components.stream().filter(io.prodops.governance.common.port.IssueDataChanged.class::isAssignableFrom).toList());
        for (Class<?> service : List.of(io.prodops.governance.prd.domain.PrdService.class, io.prodops.governance.experiment.domain.ExperimentService.class,
                io.prodops.governance.readiness.domain.ReadinessEvaluator.class)) {
            assertTrue(service + " is a component", components.contains(service));
            Constructor<?> constructor = injectionConstructor(service);
            assertTrue(service + " is built with the change observer",
                    Arrays.asList(constructor.getParameterTypes()).contains(io.prodops.governance.common.port.IssueDataChanged.class));
        }
        assertTrue("Jira reads date custom fields in batches", Arrays.stream(io.prodops.governance.jira.field.JiraIssueFieldValues.class.getDeclaredMethods())
                .anyMatch(m -> m.getName().equals("dates")));
    }

    @Test
    public void theCheckSeesMissingAndAmbiguousBeans() {
        assertEquals(List.of(), problems(List.of(Needs.class), List.of(One.class), Set.of()));
        assertEquals(List.of(), problems(List.of(Needs.class), List.of(), Set.of(Port.class.getName())));
        assertEquals(1, problems(List.of(Needs.class), List.of(), Set.of()).size());
        assertTrue(problems(List.of(Needs.class), List.of(One.class, Two.class), Set.of()).get(0).contains("ambiguous"));
    }

    interface Port {
    }

    static final class One implements Port {
    }

    static final class Two implements Port {
    }

    public static final class Needs {
        @jakarta.inject.Inject
        public Needs(Port port) {
        }
    }

    static List<String> problems(Collection<Class<?>> built, List<Class<?>> components, Set<String> hostServices) {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : built) {
            Constructor<?> constructor = injectionConstructor(type);
            if (constructor == null) {
                problems.add(type.getName() + ": no @Inject constructor and not exactly one public constructor");
                continue;
            }
            for (Parameter parameter : constructor.getParameters()) {
                Class<?> wanted = parameter.getType();
                if (hostServices.contains(wanted.getName()) || Collection.class.isAssignableFrom(wanted) || Map.class.isAssignableFrom(wanted)) {
                    continue;
                }
                List<String> candidates = components.stream().filter(wanted::isAssignableFrom).map(Class::getName).toList();
                if (candidates.size() != 1) {
                    problems.add(type.getName() + "(" + wanted.getName() + "): " + (candidates.isEmpty() ? "no component or host service" : "ambiguous " + candidates));
                }
            }
        }
        return problems;
    }

    private static Constructor<?> injectionConstructor(Class<?> type) {
        List<Constructor<?>> injected = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(jakarta.inject.Inject.class)).toList();
        if (injected.size() == 1) {
            return injected.get(0);
        }
        List<Constructor<?>> public_ = Arrays.stream(type.getConstructors()).toList();
        return injected.isEmpty() && public_.size() == 1 ? public_.get(0) : null;
    }
}
