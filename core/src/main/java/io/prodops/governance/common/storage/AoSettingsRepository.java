package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.port.ClusterCaches;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.time.Duration;
import java.util.Date;

/**
 * {@link SettingsRepository} over {@link SettingEntity} rows, revisioned as one aggregate by {@link RevisionGuard}.
 * Reads are cached cluster-wide (permission checks read the ops group on every request, e.g. the top-navigation
 * condition on every Jira page); a save invalidates the entry on every node, and entries expire after a minute, which
 * bounds the one stale case (another node re-reading between the invalidation and the commit).
 */
@Named
public class AoSettingsRepository implements SettingsRepository {
    static final String AGGREGATE = "SETTINGS";
    static final long AGGREGATE_ID = 1;
    static final String OPS_GROUP = "ops.group";

    static final String CACHE = "io.prodops.governance.settings";
    private static final String KEY = "app";

    private final ActiveObjects ao;
    private final RevisionGuard revisions;
    private final ClusterCaches.ClusterCache<String, AppSettings> cache;

    @Inject
    public AoSettingsRepository(ActiveObjects ao, RevisionGuard revisions, ClusterCaches caches) {
        this.ao = ao;
        this.revisions = revisions;
        this.cache = caches.cache(CACHE, key -> read(), Duration.ofMinutes(1), 10);
    }

    @Override
    public AppSettings load() {
        return cache.get(KEY);
    }

    private AppSettings read() {
        return ao.executeInTransaction(() -> {
            RevisionInfo revision = revisions.current(AGGREGATE, AGGREGATE_ID);
            SettingEntity row = find(OPS_GROUP);
            String opsGroup = row == null ? AppSettings.DEFAULT_OPS_GROUP : row.getSettingValue();
            return new AppSettings(opsGroup, revision.revision(), revision.updatedBy(), revision.updatedAt());
        });
    }

    @Override
    public AppSettings save(String opsGroup, int expectedRevision, String userKey) {
        AppSettings.validate(opsGroup);
        return ao.executeInTransaction(() -> {
            RevisionInfo next = revisions.advance(AGGREGATE, AGGREGATE_ID, expectedRevision, userKey);
            Date at = Date.from(next.updatedAt());
            SettingEntity row = find(OPS_GROUP);
            if (row == null) {
                ao.create(SettingEntity.class, new DBParam("SETTING_KEY", OPS_GROUP), new DBParam("SETTING_VALUE", opsGroup),
                        new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", at));
            } else {
                row.setSettingValue(opsGroup);
                row.setUpdatedBy(userKey);
                row.setUpdatedAt(at);
                row.save();
            }
            cache.invalidate(KEY);
            return new AppSettings(opsGroup, next.revision(), userKey, next.updatedAt());
        });
    }

    private SettingEntity find(String key) {
        SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key);
        return rows.length == 0 ? null : rows[0];
    }
}
