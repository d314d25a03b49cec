package com.atlassian.webresource.api.assembler;

/** Declaration of the member we call. Source: decompiled atlassian-plugins-webresource-api (Platform 6), public code search id 41685446838; usage pageBuilderService.assembler().resources().requireWebResource(key) in many apps (e.g. id 10884508605). */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
