package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.UserRef;

import java.util.Optional;

/** Port the portfolio query uses to apply a saved view: the view, if {@code caller} may see it (own or shared). */
public interface PortfolioViewLookup {
    Optional<PortfolioView> visibleView(long id, UserRef caller);
}
