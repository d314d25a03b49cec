package io.prodops.governance.common.domain;

/** Lifecycle of an ops-managed configuration document (PRD template, gate set, health rules). */
public enum ConfigStatus {
    /** Never published: nothing can use it yet. */
    DRAFT,
    /** Has at least one immutable published version; the draft may hold unpublished changes. */
    PUBLISHED,
    /** Kept with all its versions, but offered for nothing new. */
    RETIRED
}
