package com.atlassian.jira.issue.search;

import java.util.List;

/** Declaration of the members we call (a class, not an interface). Source: shared/atlassian-platform.md §2.9 (getResults()/getTotal() since 8.0; constructor as used by cures-condec-jira MockSearchService). */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int total, int max, int start) {
        this.results = results;
        this.total = total;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
