package io.prodops.governance.standalone.security;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Platform-8 security annotations and who they let in. The nearest declaration wins (method, then class, then
 * package); an endpoint with none, or with two at the same place, has no level and is refused (secure by default).
 */
public enum AccessLevel {
    /** {@link UnrestrictedAccess}: anyone, even when the site does not allow anonymous access. */
    UNRESTRICTED,
    /** {@link AnonymousSiteAccess}: anyone when the site allows anonymous access, otherwise logged-in users. */
    ANONYMOUS_SITE,
    /** {@link UnlicensedSiteAccess}, {@link LicensedOnly}: logged-in users (every demo user is licensed). */
    LOGGED_IN,
    /** {@link AdminOnly}: administrators. */
    ADMIN,
    /** {@link SystemAdminOnly}: system administrators. */
    SYSTEM_ADMIN;

    private static final Map<Class<? extends Annotation>, AccessLevel> ANNOTATIONS = Map.of(
            UnrestrictedAccess.class, UNRESTRICTED,
            AnonymousSiteAccess.class, ANONYMOUS_SITE,
            UnlicensedSiteAccess.class, LOGGED_IN,
            LicensedOnly.class, LOGGED_IN,
            AdminOnly.class, ADMIN,
            SystemAdminOnly.class, SYSTEM_ADMIN);

    /** The level of a resource method (or servlet: method null) of {@code type}; empty when it declares none. */
    public static Optional<AccessLevel> of(Method method, Class<?> type) {
        List<AnnotatedElement> places = new ArrayList<>();
        if (method != null) {
            places.add(method);
        }
        places.add(type);
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            places.add(outer);
        }
        if (type.getPackage() != null) {
            places.add(type.getPackage());
        }
        for (AnnotatedElement place : places) {
            List<AccessLevel> found = new ArrayList<>();
            ANNOTATIONS.forEach((annotation, level) -> {
                if (place.isAnnotationPresent(annotation)) {
                    found.add(level);
                }
            });
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            if (found.size() > 1) {
                return Optional.empty(); // contradictory declarations: refuse rather than guess
            }
        }
        return Optional.empty();
    }
}
