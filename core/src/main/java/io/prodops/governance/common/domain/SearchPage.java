package io.prodops.governance.common.domain;

import java.util.List;

/** One page of an issue search and the total number of hits the host reports. */
public record SearchPage(List<IssueFacts> issues, int total) {
    public SearchPage {
        issues = List.copyOf(issues);
    }
}
