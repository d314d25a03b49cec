package io.prodops.governance.prd.domain;

import java.util.List;
import java.util.Optional;

/** A PRD: its header (status, template version, PRD-level revision), its sections in order and its reviewers. */
public record Prd(PrdHeader header, List<PrdSection> sections, List<Reviewer> reviewers) {
    public Prd {
        sections = List.copyOf(sections);
        reviewers = List.copyOf(reviewers);
    }

    public Optional<PrdSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Reviewer> reviewer(String userKey) {
        return reviewers.stream().filter(r -> r.userKey().equals(userKey)).findFirst();
    }

    /** Filled required sections / required sections (archived ones do not count); 1 when nothing is required. */
    public double completeness() {
        return Completeness.of(sections);
    }
}
