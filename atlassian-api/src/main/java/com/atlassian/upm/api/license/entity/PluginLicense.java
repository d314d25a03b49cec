package com.atlassian.upm.api.license.entity;

/** Declaration of the member we call. Source: UPM licensing API, decompiled (CFR 0.152): public interface PluginLicense { boolean isValid(); ... } (public code search id 41937406632). */
public interface PluginLicense {
    boolean isValid();
}
