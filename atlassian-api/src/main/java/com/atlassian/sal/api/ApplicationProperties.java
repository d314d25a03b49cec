package com.atlassian.sal.api;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.3 (sal-api 5.1.4 ApplicationProperties.getBaseUrl(UrlMode); "com.atlassian.sal.api.* unchanged in use" on Platform 8). */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
