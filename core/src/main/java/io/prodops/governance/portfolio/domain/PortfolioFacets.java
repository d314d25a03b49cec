package io.prodops.governance.portfolio.domain;

import java.util.List;

/**
 * What the portfolio's project and owner filters offer: the projects and owners of every initiative the caller may
 * browse (owner key {@link PortfolioQuery#UNASSIGNED} for initiatives without one), sorted by label.
 *
 * @param truncated the search stopped at the host's cap, so a project or owner beyond it may be missing
 */
public record PortfolioFacets(List<Option> projects, List<Option> owners, boolean truncated) {
    public PortfolioFacets {
        projects = List.copyOf(projects);
        owners = List.copyOf(owners);
    }

    public record Option(String key, String label) {
    }
}
