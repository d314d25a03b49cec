package io.prodops.governance.portfolio.domain;

/** Stores {@link PortfolioSettings} (domain-owned interface); {@link PortfolioSettings#defaults()} until first saved. */
public interface PortfolioSettingsRepository {
    PortfolioSettings load();

    /**
     * @throws io.prodops.governance.common.domain.ConflictException when the settings are no longer at {@code expectedRevision}
     */
    PortfolioSettings save(PortfolioSettings settings, int expectedRevision, String userKey);
}
