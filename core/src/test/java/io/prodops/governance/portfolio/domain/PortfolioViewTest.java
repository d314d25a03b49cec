package io.prodops.governance.portfolio.domain;

import org.junit.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class PortfolioViewTest {
    @Test
    public void anUnsavedViewFallsBackToTheDefaults() {
        PortfolioView view = PortfolioView.unsaved(null, null, null);
        assertEquals(PortfolioView.Filters.NONE, view.filters());
        assertEquals(PortfolioView.GroupBy.NONE, view.groupBy());
        assertEquals(PortfolioView.Sort.DEFAULT, view.sort());
        assertEquals(PortfolioView.COLUMNS, view.columns());
    }

    @Test
    public void filtersAreCopiedSoLaterChangesDoNotLeakIn() {
        Set<String> projects = new HashSet<>(Set.of("ACME"));
        PortfolioView.Filters filters = new PortfolioView.Filters(projects, null, Set.of(HealthColor.RED), null, "2026-Q4", null, null);
        projects.add("OTHER");
        assertEquals(Set.of("ACME"), filters.projects());
        assertEquals(Set.of(), filters.owners());
    }

    @Test
    public void chosenColumnsAreKeptInOrder() {
        PortfolioView view = new PortfolioView(1L, "Mine", "u1", null, PortfolioView.GroupBy.HEALTH,
                new PortfolioView.Sort(PortfolioView.SortField.HEALTH, true), List.of("health", "issueKey"), true, 3);
        assertEquals(List.of("health", "issueKey"), view.columns());
        assertEquals("health", view.groupBy().param());
    }

    @Test
    public void aSortNeedsAField() {
        assertThrows(IllegalArgumentException.class, () -> new PortfolioView.Sort(null, false));
    }
}
