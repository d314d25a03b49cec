package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration. Source: shared/atlassian-platform.md §1.5 (developer.atlassian.com "Preparing for secure endpoints";
 * shape of the REST-v1 copy in atlassian-rest-module 7.1.9: TYPE/METHOD/PACKAGE, RUNTIME, no members).
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnrestrictedAccess {
}
