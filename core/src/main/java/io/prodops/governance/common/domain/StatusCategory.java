package io.prodops.governance.common.domain;

/** The host's status categories (Jira: new / indeterminate / done). */
public enum StatusCategory {
    TO_DO, IN_PROGRESS, DONE
}
