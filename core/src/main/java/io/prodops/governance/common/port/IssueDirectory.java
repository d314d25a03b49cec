package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.UserRef;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the host's issues. Lookups here see every issue (no permission filter): callers decide visibility with
 * {@link AccessPolicy}. Searches run either as a user (results filtered by that user's permissions) or with full
 * visibility, for decisions that must not depend on who looks (e.g. readiness gates).
 */
public interface IssueDirectory {
    Optional<IssueFacts> findByKey(String issueKey);

    Optional<IssueFacts> findById(long issueId);

    /**
     * The issues with these ids that exist (deleted ones are left out), in no particular order. Hosts override the
     * one-by-one default with batched look-ups; callers pass at most 500 ids.
     */
    default List<IssueFacts> findByIds(Collection<Long> issueIds) {
        return issueIds.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    /** Sub-tasks and issues whose parent is this issue. */
    List<IssueFacts> children(long issueId);

    List<IssueLinkFacts> links(long issueId);

    /**
     * The links of each of these issues (an issue without links maps to an empty list). Hosts override the one-by-one
     * default with batched look-ups; callers pass at most 500 ids.
     */
    default Map<Long, List<IssueLinkFacts>> linksOf(Collection<Long> issueIds) {
        Map<Long, List<IssueLinkFacts>> out = new LinkedHashMap<>();
        issueIds.stream().distinct().forEach(id -> out.put(id, links(id)));
        return out;
    }

    /**
     * Runs a JQL query. Never unbounded: {@code max} is capped by the host (Jira 11 returns at most 10,000 hits).
     *
     * @param searcher the user whose permissions filter the results, or empty for full visibility
     * @throws InvalidQueryException when the query does not parse
     */
    SearchPage search(String jql, int start, int max, Optional<UserRef> searcher);

    /**
     * Checks that a JQL query parses (gate sets are validated when they are saved). Hosts override this to parse
     * without searching; the default asks for an empty page, which parses the query first.
     *
     * @throws InvalidQueryException with the host's message when it does not
     */
    default void validateJql(String jql) {
        search(jql, 0, 0, Optional.empty());
    }

    /** A query the host could not parse or validate; the message is the host's, for the user. */
    final class InvalidQueryException extends RuntimeException {
        public InvalidQueryException(String message) {
            super(message);
        }
    }
}
