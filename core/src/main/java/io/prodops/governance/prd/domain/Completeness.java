package io.prodops.governance.prd.domain;

import java.util.List;

/** Completeness = filled required sections / required sections, over the sections still in the template. */
public final class Completeness {
    private Completeness() {
    }

    public static double of(List<PrdSection> sections) {
        long required = sections.stream().filter(s -> s.required() && !s.archived()).count();
        if (required == 0) {
            return 1.0;
        }
        long filled = sections.stream().filter(s -> s.required() && !s.archived() && s.filled()).count();
        return (double) filled / required;
    }
}
