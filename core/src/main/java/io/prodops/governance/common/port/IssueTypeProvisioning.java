package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.ProjectRef;

import java.util.List;
import java.util.Optional;

/**
 * Port: the host's issue types, issue link types and issue type schemes, for the issue types the app brings (the
 * Experiment type). Only what an installer and an admin page need: nothing here deletes anything.
 */
public interface IssueTypeProvisioning {
    /** An issue type of the host; ids are the host's (Jira: a numeric string). */
    record IssueTypeInfo(String id, String name, String description) {
    }

    record LinkTypeInfo(String id, String name, String outward, String inward) {
    }

    /** An issue type scheme: its issue types in the scheme's order. */
    record SchemeInfo(String id, String name, boolean defaultScheme, List<String> issueTypeIds) {
        public SchemeInfo {
            issueTypeIds = List.copyOf(issueTypeIds);
        }
    }

    /** A project with the issue type scheme it uses (in Jira, the default scheme unless another is associated). */
    record ProjectScheme(ProjectRef project, SchemeInfo scheme) {
    }

    Optional<IssueTypeInfo> findIssueType(String id);

    /** Issue types with this name, ignoring case (host names are unique ignoring case). */
    List<IssueTypeInfo> issueTypesNamed(String name);

    /** Creates a standard (not sub-task) issue type with the app's own icon. */
    IssueTypeInfo createIssueType(String name, String description);

    Optional<LinkTypeInfo> findLinkType(String name);

    LinkTypeInfo createLinkType(String name, String outward, String inward);

    /** Every project with its scheme, ordered by project key. */
    List<ProjectScheme> projectSchemes();

    /** Appends {@code issueTypeId} to the scheme's issue types (every project using the scheme gets it). */
    void addToScheme(String schemeId, String issueTypeId);

    /**
     * Creates a scheme with the issue types of the project's current scheme plus {@code issueTypeId} and makes the
     * project (only) use it.
     */
    SchemeInfo copySchemeForProject(long projectId, String name, String description, String issueTypeId);
}
