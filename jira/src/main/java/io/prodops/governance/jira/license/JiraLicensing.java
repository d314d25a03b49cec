package io.prodops.governance.jira.license;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.upm.api.license.entity.PluginLicense;
import com.atlassian.upm.api.util.Option;
import io.prodops.governance.common.port.ClusterCaches;
import io.prodops.governance.common.port.Licensing;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * {@link Licensing} over the Universal Plugin Manager's licensing API: licensed while UPM holds a valid licence for
 * this app (not expired, matching the instance). No licence or an invalid one counts as unlicensed, and so does UPM
 * failing to answer: enforcement then fails open with a warning (see the port), so a licensing hiccup never blocks
 * launches. The workflow condition asks on every transition button of every issue view, so the answer is kept for
 * {@link #TTL} in a cluster cache (a new licence takes effect within that time; a failed read is not kept).
 */
@Named
public class JiraLicensing implements Licensing {
    static final String CACHE = "io.prodops.governance.licensing";
    static final Duration TTL = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(JiraLicensing.class);
    private static final String KEY = "app";

    private final ClusterCaches.ClusterCache<String, Boolean> answer;

    @Inject
    public JiraLicensing(@ComponentImport PluginLicenseManager licenses, ClusterCaches caches) {
        this.answer = caches.cache(CACHE, key -> valid(licenses.getLicense()), TTL, 1);
    }

    @Override
    public boolean licensed() {
        try {
            return answer.get(KEY);
        } catch (RuntimeException e) {
            LOG.warn("ProdOps Governance could not read its licence from UPM; treated as unlicensed", e);
            return false;
        }
    }

    private static Boolean valid(Option<PluginLicense> license) {
        return license != null && license.isDefined() && license.get().isValid();
    }
}
