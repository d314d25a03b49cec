package io.prodops.governance.jira.license;

import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraLicensingTest {
    private final PluginLicenseManager upm = mock(PluginLicenseManager.class);
    private final JiraLicensing licensing = new JiraLicensing(upm);

    @Test
    public void licensedWhileUpmHoldsAValidLicence() {
        PluginLicense license = mock(PluginLicense.class);
        when(license.isValid()).thenReturn(true);
        when(upm.getLicense()).thenReturn(Option.some(license));
        assertTrue(licensing.licensed());

        when(license.isValid()).thenReturn(false); // expired, wrong instance, user tier exceeded
        assertFalse(licensing.licensed());
    }

    @Test
    public void noLicenceOrNoAnswerIsUnlicensed() {
        when(upm.getLicense()).thenReturn(Option.none());
        assertFalse(licensing.licensed());
        when(upm.getLicense()).thenThrow(new IllegalStateException("UPM restarting"));
        assertFalse(licensing.licensed());
    }
}
