package io.prodops.governance.common.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one versioning mechanism of ops-managed configuration (PRD templates, readiness gate sets, portfolio health
 * rules): a draft with a revision, immutable published versions, retire/unretire. Every change carries the
 * revision it was based on; a stale one throws {@link ConflictException} and changes nothing.
 */
public interface ConfigDocRepository {
    Optional<ConfigDoc> find(String kind, String key);

    /** Newest change first. */
    Page<ConfigDoc> list(String kind, PageRequest page);

    /** Newest change first, only documents in one of {@code statuses} (e.g. what non-managers may pick from). */
    Page<ConfigDoc> list(String kind, Set<ConfigStatus> statuses, PageRequest page);

    /**
     * Creates a draft at revision 1.
     *
     * @throws ValidationException naming {@code key} when a document of that kind and key exists
     */
    ConfigDoc create(String kind, String key, String name, String draftBody, String userKey);

    ConfigDoc saveDraft(String kind, String key, String name, String draftBody, int expectedRevision, String userKey);

    /** Freezes the current draft as version {@code publishedVersion + 1}. */
    ConfigVersion publish(String kind, String key, String note, int expectedRevision, String userKey);

    ConfigDoc setRetired(String kind, String key, boolean retired, int expectedRevision, String userKey);

    Optional<ConfigVersion> version(String kind, String key, int version);

    /** All published versions, newest first. */
    List<ConfigVersion> versions(String kind, String key);
}
