package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.SettingValues;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/** {@link SettingValues} as {@link SettingEntity} rows (one per key; the key column is unique). */
@Named
public class AoSettingValues implements SettingValues {
    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoSettingValues(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        return ao.executeInTransaction(() -> Optional.ofNullable(find(key)).map(SettingEntity::getSettingValue));
    }

    @Override
    public void put(String key, String value) {
        ao.executeInTransaction(() -> {
            Date now = Date.from(clock.instant());
            SettingEntity row = find(key);
            if (row == null) {
                ao.create(SettingEntity.class, new DBParam("SETTING_KEY", key), new DBParam("SETTING_VALUE", value),
                        new DBParam("UPDATED_AT", now));
            } else {
                row.setSettingValue(value);
                row.setUpdatedAt(now);
                row.save();
            }
            return null;
        });
    }

    private SettingEntity find(String key) {
        SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key);
        return rows.length == 0 ? null : rows[0];
    }
}
