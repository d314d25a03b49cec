package com.atlassian.query;

/** Declaration (opaque to us: produced by SearchService.parseQuery). Source: shared/atlassian-platform.md §2.9 (com.atlassian.query.Query). */
public interface Query {
}
