package io.prodops.governance.common.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Conventions of docs/rest-conventions.md that every resource and page must follow, checked by reflection. */
public class RestConventionsTest {
    private static final List<Class<? extends Annotation>> SECURITY = List.of(AnonymousSiteAccess.class, UnlicensedSiteAccess.class,
            LicensedOnly.class, AdminOnly.class, SystemAdminOnly.class, UnrestrictedAccess.class);

    @Test
    public void everyResourceAndPageNamesItsPlatformSecurityAnnotation() {
        List<String> missing = new ArrayList<>();
        for (Class<?> resource : RestApi.RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isEndpoint(method) && !hasSecurity(resource) && !hasSecurity(method)) {
                    missing.add(resource.getSimpleName() + "#" + method.getName());
                }
            }
        }
        Pages.SERVLETS.values().forEach(servlet -> {
            if (!hasSecurity(servlet)) {
                missing.add(servlet.getSimpleName());
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    public void everyWriteConsumesOnlyJsonOrCsv() {
        List<String> problems = new ArrayList<>();
        for (Class<?> resource : RestApi.RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean write = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class);
                if (!write) {
                    continue;
                }
                Consumes consumes = method.getAnnotation(Consumes.class);
                if (consumes == null || !Set.of("application/json", "text/csv").containsAll(List.of(consumes.value()))) {
                    problems.add(resource.getSimpleName() + "#" + method.getName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void resourcesAreRootResources() {
        for (Class<?> resource : RestApi.RESOURCES) {
            assertTrue(resource.getSimpleName(), resource.isAnnotationPresent(Path.class));
        }
    }

    private static boolean isEndpoint(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) {
                return true;
            }
        }
        return method.isAnnotationPresent(DELETE.class);
    }

    private static boolean hasSecurity(AnnotatedElement element) {
        return SECURITY.stream().anyMatch(element::isAnnotationPresent);
    }
}
