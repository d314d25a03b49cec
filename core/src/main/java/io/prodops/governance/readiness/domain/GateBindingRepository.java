package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.ConflictException;

import java.util.List;

/** Storage of the binding list (one revision for the whole list). */
public interface GateBindingRepository {
    /** Project keys/names as stored when saved; callers refresh them from the host. */
    GateBindings load();

    /** The bindings of one project (an indexed read: the issue-view path never loads the whole list). */
    List<GateBinding> forProject(long projectId);

    /**
     * Replaces the whole list.
     *
     * @throws ConflictException when the list is no longer at {@code expectedRevision}
     */
    GateBindings replace(List<GateBinding> bindings, int expectedRevision, String userKey);
}
