package com.atlassian.jira.issue.search;

/** Declaration (checked exception of SearchService.search). Source: shared/atlassian-platform.md §2.9; superclass and constructors [K]. */
public class SearchException extends Exception {
    public SearchException(String message) {
        super(message);
    }
}
