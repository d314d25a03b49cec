package io.prodops.governance.common.port;

import io.prodops.governance.common.domain.ProjectRef;

import java.util.Optional;

/** Port: the host's projects (no permission filter; callers decide who may see what). */
public interface ProjectDirectory {
    /** By current key, case-insensitive. */
    Optional<ProjectRef> findByKey(String projectKey);

    Optional<ProjectRef> findById(long projectId);
}
