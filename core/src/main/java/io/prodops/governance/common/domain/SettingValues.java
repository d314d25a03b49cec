package io.prodops.governance.common.domain;

import java.util.Optional;

/**
 * Values the app records for itself in its settings table (e.g. the id of the issue type it created), as opposed to
 * the {@link AppSettings} admins edit. Not cached: read by setup and admin pages only.
 */
public interface SettingValues {
    Optional<String> get(String key);

    void put(String key, String value);
}
