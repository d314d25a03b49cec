package io.prodops.governance.common.domain;

/** Stores {@link AppSettings} (domain-owned interface). */
public interface SettingsRepository {
    AppSettings load();

    /**
     * @throws ConflictException when the settings are no longer at {@code expectedRevision}
     */
    AppSettings save(String opsGroup, int expectedRevision, String userKey);
}
