package io.prodops.governance.readiness.domain;

import io.prodops.governance.prd.domain.Prd;
import io.prodops.governance.prd.domain.PrdRepository;
import io.prodops.governance.prd.domain.PrdSection;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * {@link PrdFactsSource} over the PRD repository: a constant three queries whatever the PRD's size. Archived sections
 * (kept read-only after a template upgrade) count neither as missing nor in the completeness.
 */
@Named
public class PrdRepositoryFacts implements PrdFactsSource {
    private final PrdRepository prds;

    @Inject
    public PrdRepositoryFacts(PrdRepository prds) {
        this.prds = prds;
    }

    @Override
    public Optional<PrdFacts> prdOf(long issueId) {
        return prds.load(issueId).map(PrdRepositoryFacts::facts);
    }

    static PrdFacts facts(Prd prd) {
        return new PrdFacts(prd.header().status(), prd.completeness(),
                prd.sections().stream().filter(s -> s.required() && !s.archived() && !s.filled()).map(PrdSection::title).toList(),
                (int) prd.sections().stream().filter(PrdSection::archived).count());
    }
}
