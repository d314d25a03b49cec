package com.atlassian.webresource.api.assembler;

/** Declaration of the member we call. Source: decompiled atlassian-plugins-webresource-api (Platform 6), public code search id 42017951460 (requireWebResource(String) -> RequiredResources). */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
