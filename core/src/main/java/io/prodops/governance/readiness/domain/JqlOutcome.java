package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;

import java.util.List;

/**
 * What a JQL_MATCH gate's query returned (run beforehand with full visibility, bounded to maxResults + 1 hits).
 *
 * @param matched "issue matches" mode: whether the issue is among the results
 * @param count   count mode: the number of hits, at most maxResults + 1 (the search stops there)
 * @param hits    count mode: the first hits, for evidence
 * @param error   the host's message when the query could not run (invalid now, host failure); null otherwise
 */
public record JqlOutcome(boolean matched, int count, List<IssueFacts> hits, String error) {
    public JqlOutcome {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }

    public static JqlOutcome issueMatches(boolean matched) {
        return new JqlOutcome(matched, matched ? 1 : 0, List.of(), null);
    }

    public static JqlOutcome counted(int count, List<IssueFacts> hits) {
        return new JqlOutcome(count > 0, count, hits, null);
    }

    public static JqlOutcome failed(String error) {
        return new JqlOutcome(false, 0, List.of(), error == null || error.isBlank() ? "the query failed" : error);
    }

    public boolean isError() {
        return error != null;
    }
}
