package io.prodops.governance.common.setup;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.storage.SettingEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.time.Clock;
import java.util.Date;

/**
 * Records which data-model version the stored data was first created with ({@code schema.version}); upgrade tasks
 * of later releases and the health view read it.
 */
@Named
public class SchemaVersionTask implements SetupTask {
    public static final String KEY = "schema.version";
    public static final int CURRENT = 1;

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public SchemaVersionTask(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "schema-version";
    }

    @Override
    public boolean apply() {
        if (ao.find(SettingEntity.class, "SETTING_KEY = ?", KEY).length > 0) {
            return false;
        }
        ao.create(SettingEntity.class, new DBParam("SETTING_KEY", KEY), new DBParam("SETTING_VALUE", String.valueOf(CURRENT)),
                new DBParam("UPDATED_AT", Date.from(clock.instant())));
        return true;
    }
}
