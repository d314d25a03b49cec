package com.atlassian.jira.util;

import java.util.Set;

/** Declaration of the members we call. Source: Jira SearchService.ParseResult source (public code search id 17164819057: hasAnyErrors) and Jira test code parseResult.getErrors().getErrorMessages() (id 17024864751). */
public interface MessageSet {
    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
