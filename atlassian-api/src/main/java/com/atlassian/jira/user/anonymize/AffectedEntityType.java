package com.atlassian.jira.user.anonymize;

/** Declaration of the constant we use. Source: research-notes.md §1.4 (enum with ANONYMIZE, REMOVE). */
public enum AffectedEntityType {
    ANONYMIZE, REMOVE
}
