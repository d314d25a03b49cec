package com.atlassian.jira.web.bean;

/** Declaration of the members we call. Source: shared/atlassian-platform.md §2.9 (Jira javadoc 7.2.6 PagerFilter: PagerFilter(int start, int max), getStart(), getMax()). */
public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
