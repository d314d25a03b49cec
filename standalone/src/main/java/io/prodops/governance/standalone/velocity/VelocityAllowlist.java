package io.prodops.governance.standalone.velocity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The methods Velocity templates may call, like Jira's velocity allowlist: entries {@code fqcn#method(param types)},
 * e.g. {@code io.prodops.governance.common.web.AdminPageView#text(java.lang.String)}. Property references resolve to
 * getters and need their getter listed ({@code $view.restBase} needs {@code #getRestBase()}).
 */
public final class VelocityAllowlist {
    /** Where core (and any other module) lists the methods its templates call. */
    public static final String RESOURCE = "META-INF/prodops/velocity-allowlist.txt";

    private final Set<String> entries;

    public VelocityAllowlist(Collection<String> entries) {
        this.entries = entries.stream().map(VelocityAllowlist::normalize).filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every {@link #RESOURCE} on the class path of {@code loader}. */
    public static VelocityAllowlist fromClassPath(ClassLoader loader) {
        Set<String> lines = new LinkedHashSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).forEach(lines::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new VelocityAllowlist(lines);
    }

    public Set<String> entries() {
        return entries;
    }

    /**
     * Whether a template may call {@code method} on an object of class {@code target}: the method is listed under
     * the class that declares it or under the object's own class.
     */
    public boolean permits(Class<?> target, Method method) {
        String signature = "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
        return entries.contains(method.getDeclaringClass().getName() + signature)
                || (target != null && entries.contains(target.getName() + signature));
    }

    public static String describe(Class<?> target, Method method) {
        return (target == null ? method.getDeclaringClass() : target).getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(",")) + ")";
    }

    private static String normalize(String entry) {
        return entry.strip().replaceAll("\\s+", "");
    }
}
