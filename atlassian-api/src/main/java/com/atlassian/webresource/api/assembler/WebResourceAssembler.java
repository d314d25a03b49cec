package com.atlassian.webresource.api.assembler;

/** Declaration of the member we call. Source: decompiled atlassian-plugins-webresource-api (Platform 6), public code search id 41990822435. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
