package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.ProjectDirectory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** {@link ProjectDirectory} over HOST_PROJECT. */
public final class HostProjectDirectory implements ProjectDirectory {
    private static final String SELECT = "SELECT ID, PROJECT_KEY, NAME FROM HOST_PROJECT";

    private final HostDatabase db;

    public HostProjectDirectory(HostDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<ProjectRef> findByKey(String projectKey) {
        return projectKey == null ? Optional.empty() : one(SELECT + " WHERE UPPER(PROJECT_KEY) = UPPER(?)", projectKey);
    }

    @Override
    public Optional<ProjectRef> findById(long projectId) {
        return one(SELECT + " WHERE ID = ?", projectId);
    }

    private Optional<ProjectRef> one(String sql, Object param) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, param);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new ProjectRef(r.getLong(1), r.getString(2), r.getString(3))) : Optional.empty();
                }
            }
        });
    }
}
