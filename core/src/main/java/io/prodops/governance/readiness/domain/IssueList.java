package io.prodops.governance.readiness.domain;

import java.util.List;

/** A message argument naming several issues ("ABC-12 and ABC-15"); hidden ones render as a count. */
public record IssueList(List<IssueMention> issues) {
    public IssueList {
        issues = List.copyOf(issues);
    }
}
