package io.prodops.governance.jira.license;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import io.prodops.governance.common.port.Licensing;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Licensing} over the Universal Plugin Manager's licensing API: licensed while UPM holds a valid licence for
 * this app (not expired, matching the instance). No licence, an invalid one, or UPM failing to answer all count as
 * unlicensed: enforcement then fails open with a warning (see the port), so a licensing hiccup never blocks launches.
 */
@Named
public class JiraLicensing implements Licensing {
    private static final Logger LOG = LoggerFactory.getLogger(JiraLicensing.class);

    private final PluginLicenseManager licenses;

    @Inject
    public JiraLicensing(@ComponentImport PluginLicenseManager licenses) {
        this.licenses = licenses;
    }

    @Override
    public boolean licensed() {
        try {
            Option<PluginLicense> license = licenses.getLicense();
            return license != null && license.isDefined() && license.get().isValid();
        } catch (RuntimeException e) {
            LOG.warn("ProdOps Governance could not read its licence from UPM; treated as unlicensed", e);
            return false;
        }
    }
}
