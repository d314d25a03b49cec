package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.RevisionInfo;

/**
 * One section of a PRD with its own revision (people editing different sections never collide).
 *
 * @param archived kept read-only after a template upgrade dropped it; never deleted
 */
public record PrdSection(String key, String title, SectionKind kind, boolean required, boolean archived, int position,
                         SectionContent content, boolean filled, RevisionInfo revision) {
    public PrdSection withContent(SectionContent newContent, boolean nowFilled, RevisionInfo newRevision) {
        return new PrdSection(key, title, kind, required, archived, position, newContent, nowFilled, newRevision);
    }
}
