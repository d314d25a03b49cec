package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.UserRef;

import java.util.Optional;

/** Port (implemented by the saved views): a view the caller may use, i.e. their own or a shared one. */
public interface PortfolioViewLookup {
    /** Empty when the view does not exist or the caller may not see it (answered alike: 404). */
    Optional<PortfolioView> visibleView(long id, UserRef caller);
}
