package io.prodops.governance.jira.license;

import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import io.prodops.governance.common.cache.LocalClusterCaches;
import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraLicensingTest {
    private final PluginLicenseManager upm = mock(PluginLicenseManager.class);

    private JiraLicensing licensing() {
        return new JiraLicensing(upm, new LocalClusterCaches(java.time.Clock.systemUTC()));
    }

    @Test
    public void licensedWhileUpmHoldsAValidLicence() {
        PluginLicense license = mock(PluginLicense.class);
        when(license.isValid()).thenReturn(true);
        when(upm.getLicense()).thenReturn(Option.some(license));
        assertTrue(licensing().licensed());

        when(license.isValid()).thenReturn(false); // expired, wrong instance, user tier exceeded
        assertFalse(licensing().licensed());
    }

    @Test
    public void noLicenceOrNoAnswerIsUnlicensed() {
        when(upm.getLicense()).thenReturn(Option.none());
        assertFalse(licensing().licensed());
        when(upm.getLicense()).thenThrow(new IllegalStateException("UPM restarting"));
        assertFalse(licensing().licensed());
    }

    @Test
    public void upmIsAskedOncePerTimeToLiveNotOncePerButton() {
        PluginLicense license = mock(PluginLicense.class);
        when(license.isValid()).thenReturn(true);
        when(upm.getLicense()).thenReturn(Option.some(license));
        JiraLicensing licensing = licensing();
        for (int i = 0; i < 100; i++) {
            assertTrue(licensing.licensed());
        }
        verify(upm, times(1)).getLicense();
    }

    @Test
    public void aFailedReadIsNotKept() {
        PluginLicense license = mock(PluginLicense.class);
        when(license.isValid()).thenReturn(true);
        when(upm.getLicense()).thenThrow(new IllegalStateException("UPM restarting")).thenReturn(Option.some(license));
        JiraLicensing licensing = licensing();
        assertFalse(licensing.licensed());
        assertTrue(licensing.licensed());
    }
}
