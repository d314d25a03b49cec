package com.atlassian.upm.api.license;

import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;

/** Declaration of the member we call. Source: UPM licensing API, decompiled (CFR 0.152): public interface PluginLicenseManager { Option<PluginLicense> getLicense(); ... } (public code search id 41754536146). */
public interface PluginLicenseManager {
    Option<PluginLicense> getLicense();
}
