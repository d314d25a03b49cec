package io.prodops.governance.readiness.domain;

/**
 * An issue named in a reason or evidence. Rendering checks whether the reader may browse it and, if not, shows a
 * count instead of the key and summary.
 */
public record IssueMention(long id, String key, String summary) {
    public static IssueMention of(io.prodops.governance.common.domain.IssueFacts issue) {
        return new IssueMention(issue.id(), issue.key(), issue.summary());
    }
}
