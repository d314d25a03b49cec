package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;

import java.util.List;
import java.util.Optional;

/**
 * Stores saved portfolio views (domain-owned interface). Writes carry the revision they were based on and throw
 * {@link io.prodops.governance.common.domain.ConflictException} when it is stale; callers run them in a transaction.
 */
public interface PortfolioViewRepository {
    Optional<PortfolioView> find(long id);

    /** The views {@code userKey} owns plus every shared one, ordered by name (then id). */
    Page<PortfolioView> visibleTo(String userKey, PageRequest page);

    /** The id and name of every view {@code ownerKey} owns (bounded by {@link PortfolioViewService#MAX_PER_OWNER}). */
    List<NamedView> ownedBy(String ownerKey);

    record NamedView(long id, String name) {
    }

    /** Stores a new view (its id is ignored) at revision 1. */
    PortfolioView create(PortfolioView view, String userKey);

    /** Replaces name, definition and shared of the view {@code view.id()}; owner stays. */
    PortfolioView update(PortfolioView view, int expectedRevision, String userKey);

    void delete(long id, int expectedRevision, String userKey);
}
