package io.prodops.governance.jira.project;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.ProjectDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.Optional;

/** {@link ProjectDirectory} over Jira's {@code ProjectManager} (cached by Jira; no permission filter). */
@Named
public class JiraProjectDirectory implements ProjectDirectory {
    private final ProjectManager projects;

    @Inject
    public JiraProjectDirectory(@ComponentImport ProjectManager projects) {
        this.projects = projects;
    }

    /** Jira project keys are upper-case; a binding typed as "atl" still finds ATL. */
    @Override
    public Optional<ProjectRef> findByKey(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return Optional.empty();
        }
        return ref(projects.getProjectObjByKey(projectKey.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public Optional<ProjectRef> findById(long projectId) {
        return ref(projects.getProjectObj(projectId));
    }

    private static Optional<ProjectRef> ref(Project p) {
        return p == null ? Optional.empty() : Optional.of(new ProjectRef(p.getId(), p.getKey(), p.getName()));
    }
}
