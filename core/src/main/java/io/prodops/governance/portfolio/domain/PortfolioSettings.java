package io.prodops.governance.portfolio.domain;

import java.util.List;

/**
 * What counts as an initiative and where its target date comes from (chosen by ops managers).
 *
 * @param initiativeTypes issue type names whose issues are portfolio rows
 * @param targetDateField the id of a date custom field (e.g. {@code customfield_10020}), or null for the due date
 */
public record PortfolioSettings(List<String> initiativeTypes, String targetDateField, int revision) {
    public static final List<String> DEFAULT_TYPES = List.of("Initiative", "Epic");

    public PortfolioSettings {
        initiativeTypes = initiativeTypes == null || initiativeTypes.isEmpty() ? DEFAULT_TYPES : List.copyOf(initiativeTypes);
    }

    public static PortfolioSettings defaults() {
        return new PortfolioSettings(DEFAULT_TYPES, null, 0);
    }
}
