package io.prodops.governance.experiment.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SettingValues;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.ClusterLocks;
import io.prodops.governance.common.port.IssueTypeProvisioning;
import io.prodops.governance.common.port.IssueTypeProvisioning.IssueTypeInfo;
import io.prodops.governance.common.port.IssueTypeProvisioning.LinkTypeInfo;
import io.prodops.governance.common.port.IssueTypeProvisioning.ProjectScheme;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Installs the Experiment issue type and the "Informs" link type, and adds the type to projects' issue type schemes
 * for Jira admins. Everything that reads-then-changes host configuration runs under one cluster lock, so two nodes
 * (or two admins) never create the type twice or lose each other's scheme change.
 */
@Named
public class ExperimentTypeService {
    static final String LOCK = "io.prodops.governance.experiment-type";
    static final String AUDIT_SUBJECT = "EXPERIMENT_TYPE";
    /** Jira keeps scheme names in a 255-character column. */
    static final int MAX_SCHEME_NAME = 255;
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentTypeService.class);

    private final IssueTypeProvisioning host;
    private final SettingValues settings;
    private final ClusterLocks locks;
    private final Transactions transactions;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ExperimentTypeService(IssueTypeProvisioning host, SettingValues settings, ClusterLocks locks, Transactions transactions,
                                 Access access, AuditLog audit, Clock clock) {
        this.host = host;
        this.settings = settings;
        this.locks = locks;
        this.transactions = transactions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes sure the type and the link type exist (one-time setup); returns whether it created or recorded anything. */
    public boolean ensureInstalled() {
        return locks.underLock(LOCK, () -> transactions.inTransaction(() -> {
            boolean typeChanged = ensureType().changed();
            boolean linkCreated = ensureLinkType();
            return typeChanged || linkCreated;
        }));
    }

    /** For Jira admins: the type, the link type and every project with its scheme. */
    public ExperimentTypeStatus status() {
        access.requireAdmin();
        Optional<IssueTypeInfo> type = installedType();
        List<ProjectScheme> projects = host.projectSchemes();
        List<ExperimentTypeStatus.ProjectStatus> rows = projects.stream().map(p -> new ExperimentTypeStatus.ProjectStatus(p.project(),
                p.scheme().id(), p.scheme().name(), p.scheme().defaultScheme(),
                type.isPresent() && p.scheme().issueTypeIds().contains(type.get().id()),
                usersOf(projects, p.scheme().id()).stream().filter(o -> o.id() != p.project().id()).toList())).toList();
        return new ExperimentTypeStatus(type.orElse(null), host.findLinkType(ExperimentLinks.LINK_TYPE).orElse(null), rows);
    }

    /**
     * For Jira admins: adds the Experiment type to a project. {@link SchemeChangeMode#ADD_TO_SCHEME} changes the
     * project's scheme and therefore every project using it: {@code confirmedProjectKeys} must name exactly those.
     *
     * @throws UnconfirmedSchemeChangeException when the confirmation does not match the scheme's projects
     */
    public SchemeChange addToProject(String projectKey, String mode, List<String> confirmedProjectKeys) {
        UserRef admin = access.requireAdmin();
        SchemeChangeMode changeMode = parseMode(mode);
        return locks.underLock(LOCK, () -> {
            // its own transaction: a refused change below must not roll back the record of a type just created
            IssueTypeInfo type = transactions.inTransaction(() -> ensureType().type());
            return transactions.inTransaction(() -> change(admin, projectKey, changeMode, type, confirmedProjectKeys));
        });
    }

    private SchemeChange change(UserRef admin, String projectKey, SchemeChangeMode changeMode, IssueTypeInfo type, List<String> confirmedProjectKeys) {
        List<ProjectScheme> projects = host.projectSchemes();
        ProjectScheme target = projects.stream().filter(p -> p.project().key().equals(projectKey)).findFirst()
                .orElseThrow(() -> new NotFoundException("PROJECT_NOT_FOUND", "Project " + projectKey + " does not exist."));
        List<ProjectRef> users = usersOf(projects, target.scheme().id());
        if (target.scheme().issueTypeIds().contains(type.id())) {
            return new SchemeChange(false, changeMode, target.scheme().id(), target.scheme().name(), List.of());
        }
        return changeMode == SchemeChangeMode.ADD_TO_SCHEME
                ? addToScheme(admin, target, users, type, confirmedProjectKeys)
                : copyScheme(admin, target, users, type);
    }

    private SchemeChange addToScheme(UserRef admin, ProjectScheme target, List<ProjectRef> users, IssueTypeInfo type, List<String> confirmed) {
        Set<String> expected = users.stream().map(ProjectRef::key).collect(Collectors.toSet());
        if (confirmed == null || !new HashSet<>(confirmed).equals(expected) || confirmed.size() != expected.size()) {
            throw new UnconfirmedSchemeChangeException(target.scheme().name(), users);
        }
        host.addToScheme(target.scheme().id(), type.id());
        record(admin, target.project(), "EXPERIMENT_TYPE_ADDED_TO_SCHEME", "Added the Experiment type to the scheme \""
                + target.scheme().name() + "\" (projects " + String.join(", ", expected.stream().sorted().toList()) + ")");
        return new SchemeChange(true, SchemeChangeMode.ADD_TO_SCHEME, target.scheme().id(), target.scheme().name(), users);
    }

    private SchemeChange copyScheme(UserRef admin, ProjectScheme target, List<ProjectRef> users, IssueTypeInfo type) {
        ProjectRef project = target.project();
        if (users.size() == 1) {
            throw ValidationException.of("mode", "the scheme \"" + target.scheme().name() + "\" is used by " + project.key()
                    + " only: add the type to it (ADD_TO_SCHEME) instead of copying it");
        }
        String suffix = " (" + project.key() + ")";
        String base = target.scheme().name();
        String name = base.substring(0, Math.min(base.length(), MAX_SCHEME_NAME - suffix.length())) + suffix;
        IssueTypeProvisioning.SchemeInfo copy = host.copySchemeForProject(project.id(), name,
                "Copy of \"" + target.scheme().name() + "\" for " + project.key() + " with the Experiment issue type, made by ProdOps Governance.",
                type.id());
        record(admin, project, "EXPERIMENT_TYPE_SCHEME_COPIED", "Copied the scheme \"" + target.scheme().name() + "\" as \""
                + copy.name() + "\" with the Experiment type, for " + project.key() + " only");
        return new SchemeChange(true, SchemeChangeMode.COPY_SCHEME, copy.id(), copy.name(), List.of(project));
    }

    private record EnsuredType(IssueTypeInfo type, boolean changed) {
    }

    /** Finds the type by its recorded id; otherwise adopts one carrying our marker, or creates it. Runs under {@link #LOCK}. */
    private EnsuredType ensureType() {
        Optional<String> storedId = settings.get(ExperimentIssueType.TYPE_ID_SETTING);
        if (storedId.isPresent()) {
            Optional<IssueTypeInfo> stored = host.findIssueType(storedId.get());
            if (stored.isPresent()) {
                return new EnsuredType(stored.get(), false);
            }
            LOG.warn("The Experiment issue type {} recorded by ProdOps Governance no longer exists; creating it again", storedId.get());
        }
        List<IssueTypeInfo> named = host.issueTypesNamed(ExperimentIssueType.NAME);
        List<IssueTypeInfo> fallbackNamed = host.issueTypesNamed(ExperimentIssueType.FALLBACK_NAME);
        Optional<IssueTypeInfo> ours = java.util.stream.Stream.concat(named.stream(), fallbackNamed.stream())
                .filter(ExperimentIssueType::createdByUs).findFirst();
        IssueTypeInfo type;
        if (ours.isPresent()) {
            type = ours.get();
            LOG.info("Recording the Experiment issue type {} created earlier by ProdOps Governance", type.id());
        } else {
            String name = named.isEmpty() ? ExperimentIssueType.NAME : ExperimentIssueType.FALLBACK_NAME;
            if (!named.isEmpty()) {
                LOG.warn("An issue type named \"{}\" exists that ProdOps Governance did not create; creating \"{}\" instead",
                        ExperimentIssueType.NAME, name);
            }
            type = host.createIssueType(name, ExperimentIssueType.DESCRIPTION);
        }
        settings.put(ExperimentIssueType.TYPE_ID_SETTING, type.id());
        return new EnsuredType(type, true);
    }

    private boolean ensureLinkType() {
        if (host.findLinkType(ExperimentLinks.LINK_TYPE).isPresent()) {
            return false; // an existing "Informs" type is reused whoever made it: link types are shared vocabulary
        }
        host.createLinkType(ExperimentLinks.LINK_TYPE, ExperimentLinks.OUTWARD, ExperimentLinks.INWARD);
        return true;
    }

    private Optional<IssueTypeInfo> installedType() {
        return settings.get(ExperimentIssueType.TYPE_ID_SETTING).flatMap(host::findIssueType);
    }

    private static List<ProjectRef> usersOf(List<ProjectScheme> projects, String schemeId) {
        return projects.stream().filter(p -> p.scheme().id().equals(schemeId)).map(ProjectScheme::project).toList();
    }

    private static SchemeChangeMode parseMode(String mode) {
        if (mode == null || mode.isBlank()) {
            throw ValidationException.of("mode", "is required: ADD_TO_SCHEME or COPY_SCHEME");
        }
        try {
            return SchemeChangeMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("mode", "must be ADD_TO_SCHEME or COPY_SCHEME");
        }
    }

    private void record(UserRef admin, ProjectRef project, String action, String summary) {
        audit.record(new AuditEntry(AUDIT_SUBJECT, project.key(), null, project.id(), action, admin.key(), clock.instant(), summary, 1));
    }
}
