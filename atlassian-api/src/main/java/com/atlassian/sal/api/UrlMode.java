package com.atlassian.sal.api;

/** Declaration of the constant we use (the real enum also has CANONICAL, ABSOLUTE, RELATIVE_CANONICAL, AUTO). Source: shared/atlassian-platform.md §2.3 (sal-api 5.1.4 UrlMode). */
public enum UrlMode {
    RELATIVE
}
