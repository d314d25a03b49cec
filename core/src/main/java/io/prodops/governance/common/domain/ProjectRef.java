package io.prodops.governance.common.domain;

/** A host project. The id is stable; the key can change when an admin renames the project. */
public record ProjectRef(long id, String key, String name) {
}
