package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.StatusCategory;

import java.time.Instant;
import java.util.List;

/** Issues, gates and renderers for readiness tests. */
public final class ReadinessFixture {
    public static final ProjectRef ABC = new ProjectRef(10L, "ABC", "Atlas");
    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private ReadinessFixture() {
    }

    public static IssueFacts issue(long id, String key, String type, StatusCategory category) {
        String status = switch (category) {
            case TO_DO -> "To Do";
            case IN_PROGRESS -> "In Progress";
            case DONE -> "Done";
        };
        return new IssueFacts(id, key, "Summary of " + key, ABC, type, status, category, null, null, null);
    }

    public static IssueFacts initiative() {
        return issue(1, "ABC-1", "Initiative", StatusCategory.IN_PROGRESS);
    }

    public static IssueFacts done(long id) {
        return issue(id, "ABC-" + id, "Story", StatusCategory.DONE);
    }

    public static IssueFacts open(long id) {
        return issue(id, "ABC-" + id, "Story", StatusCategory.IN_PROGRESS);
    }

    public static LinkedIssue blockedBy(IssueFacts other) {
        return new LinkedIssue(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.INWARD, other.id()), other);
    }

    public static Gate gate(String key, GateParams params) {
        return new Gate(key, "Gate " + key, params.kind(), true, params);
    }

    public static Gate optional(String key, GateParams params) {
        return new Gate(key, "Gate " + key, params.kind(), false, params);
    }

    public static GateSetVersion set(Gate... gates) {
        return new GateSetVersion("LAUNCH", "Launch", null, 3, List.of(gates), NOW.minusSeconds(3600), "olga", "v3");
    }

    /** Renders in English, UTC, for a reader who can browse every issue except those listed. */
    public static ReadinessMessages englishFor(long... hiddenIds) {
        return ReadinessMessages.fromBundle(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC"),
                id -> java.util.Arrays.stream(hiddenIds).noneMatch(h -> h == id));
    }
}
