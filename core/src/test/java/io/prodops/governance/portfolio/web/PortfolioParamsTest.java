package io.prodops.governance.portfolio.web;

import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.PortfolioQuery;
import io.prodops.governance.portfolio.domain.PortfolioView.GroupBy;
import io.prodops.governance.portfolio.domain.PortfolioView.Sort;
import io.prodops.governance.portfolio.domain.PortfolioView.SortField;
import org.junit.Test;

import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

public class PortfolioParamsTest {
    private static PortfolioParams.Raw raw(String view, String project, String owner, String health, String category, String quarter,
                                           String groupBy, String sort, String page, String size) {
        return new PortfolioParams.Raw(view, null, project, owner, health, category, quarter, null, groupBy, sort, page, size);
    }

    private static String badField(PortfolioParams.Raw raw) {
        return assertThrows(ValidationException.class, () -> PortfolioParams.parse(raw)).errors().get(0).field();
    }

    @Test
    public void absentParamsAreNullSoAViewsValuesApply() {
        PortfolioQuery q = PortfolioParams.parse(raw(null, null, "", " ", null, null, null, null, null, null));
        assertEquals(PortfolioQuery.all(), q);
    }

    @Test
    public void listsEnumsSortAndPagingAreConverted() {
        PortfolioQuery q = PortfolioParams.parse(raw("12", "PHX, NOVA", "u-olga,none", "red,AMBER", "TO_DO,done", "2026-Q4", "Owner",
                "targetDate,desc", "2", "25"));
        assertEquals(12L, (long) q.viewId());
        assertEquals(Set.of("PHX", "NOVA"), q.projects());
        assertEquals(Set.of("u-olga", "none"), q.owners());
        assertEquals(Set.of(HealthColor.RED, HealthColor.AMBER), q.health());
        assertEquals(Set.of(StatusCategory.TO_DO, StatusCategory.DONE), q.statusCategories());
        assertEquals("2026-Q4", q.quarter());
        assertEquals(GroupBy.OWNER, q.groupBy());
        assertEquals(new Sort(SortField.TARGET_DATE, true), q.sort());
        assertEquals(2, (int) q.page());
        assertEquals(25, (int) q.size());
        assertEquals(new Sort(SortField.UPDATED, false), PortfolioParams.sort("updatedAt"));
        assertEquals(new Sort(SortField.STATUS_CATEGORY, false), PortfolioParams.sort("statusCategory,asc"));
        assertNull(PortfolioParams.sort(null));
    }

    @Test
    public void everyBadValueNamesItsParam() {
        assertEquals("view", badField(raw("abc", null, null, null, null, null, null, null, null, null)));
        assertEquals("view", badField(raw("-3", null, null, null, null, null, null, null, null, null)));
        assertEquals("project", badField(raw(null, "PHX,,NOVA", null, null, null, null, null, null, null, null)));
        assertEquals("owner", badField(raw(null, null, "x".repeat(256), null, null, null, null, null, null, null)));
        assertEquals("health", badField(raw(null, null, null, "PURPLE", null, null, null, null, null, null)));
        assertEquals("statusCategory", badField(raw(null, null, null, null, "NEW", null, null, null, null, null)));
        assertEquals("quarter", badField(raw(null, null, null, null, null, "2026Q4", null, null, null, null)));
        assertEquals("quarter", badField(raw(null, null, null, null, null, "2026-Q0", null, null, null, null)));
        assertEquals("groupBy", badField(raw(null, null, null, null, null, null, "team", null, null, null)));
        assertEquals("sort", badField(raw(null, null, null, null, null, null, null, "priority", null, null)));
        assertEquals("sort", badField(raw(null, null, null, null, null, null, null, "key,down", null, null)));
        assertEquals("sort", badField(raw(null, null, null, null, null, null, null, "key,desc,asc", null, null)));
        assertEquals("page", badField(raw(null, null, null, null, null, null, null, null, "one", null)));
        assertEquals("size", badField(raw(null, null, null, null, null, null, null, null, null, "1.5")));
        assertEquals("q", badField(new PortfolioParams.Raw(null, null, null, null, null, null, null, "q".repeat(256), null, null, null, null)));
        String tooMany = java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "P" + i).collect(java.util.stream.Collectors.joining(","));
        assertEquals("project", badField(raw(null, tooMany, null, null, null, null, null, null, null, null)));
    }

    @Test
    public void sortParamNamesRoundTrip() {
        for (SortField f : SortField.values()) {
            assertEquals(f, PortfolioParams.sort(PortfolioParams.sortParam(f)).field());
        }
    }
}
