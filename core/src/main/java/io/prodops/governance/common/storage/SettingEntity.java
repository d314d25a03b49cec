package io.prodops.governance.common.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** App-wide settings (e.g. the ops-manager group), one row per setting. */
@Preload
@Table("SETTING")
public interface SettingEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(100)
    String getSettingKey();

    void setSettingKey(String settingKey);

    @StringLength(450)
    String getSettingValue();

    void setSettingValue(String settingValue);

    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
