package io.prodops.governance.jira.experiment;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.IssueTypeProvisioning;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link IssueTypeProvisioning} over Jira's {@code IssueTypeManager}, {@code AvatarManager},
 * {@code IssueLinkTypeManager}, {@code IssueTypeSchemeManager} and {@code ProjectManager}.
 * <p>
 * The icon: the type is created with Jira's default issue type avatar, then our PNG is uploaded as a custom avatar
 * owned by the new type (as Jira's own "select image" does) and set on it; if that fails the type keeps the default
 * icon. A copied scheme is checked after the association: if Jira does not report the project on the copy, the copy
 * is deleted again and the change fails, so no orphan scheme is left behind.
 */
@Named
public class JiraIssueTypeProvisioning implements IssueTypeProvisioning {
    static final String ICON = "images/experiment-issuetype.png";
    static final String ICON_FILE_NAME = "experiment-issuetype.png";
    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueTypeProvisioning.class);

    private final IssueTypeManager issueTypes;
    private final AvatarManager avatars;
    private final IssueLinkTypeManager linkTypes;
    private final IssueTypeSchemeManager schemes;
    private final ProjectManager projects;

    @Inject
    public JiraIssueTypeProvisioning(@ComponentImport IssueTypeManager issueTypes, @ComponentImport AvatarManager avatars,
                                     @ComponentImport IssueLinkTypeManager linkTypes, @ComponentImport IssueTypeSchemeManager schemes,
                                     @ComponentImport ProjectManager projects) {
        this.issueTypes = issueTypes;
        this.avatars = avatars;
        this.linkTypes = linkTypes;
        this.schemes = schemes;
        this.projects = projects;
    }

    @Override
    public Optional<IssueTypeInfo> findIssueType(String id) {
        return Optional.ofNullable(issueTypes.getIssueType(id)).map(JiraIssueTypeProvisioning::info);
    }

    @Override
    public List<IssueTypeInfo> issueTypesNamed(String name) {
        return issueTypes.getIssueTypes().stream().filter(t -> t.getName() != null && t.getName().equalsIgnoreCase(name))
                .map(JiraIssueTypeProvisioning::info).toList();
    }

    @Override
    public IssueTypeInfo createIssueType(String name, String description) {
        IssueType type = issueTypes.createIssueType(name, description, avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE));
        try (InputStream png = JiraIssueTypeProvisioning.class.getClassLoader().getResourceAsStream(ICON)) {
            if (png == null) {
                throw new IOException(ICON + " is not in the bundle");
            }
            Avatar icon = avatars.create(ICON_FILE_NAME, "image/png", IconType.ISSUE_TYPE_ICON_TYPE, new IconOwningObjectId(type.getId()), png, null);
            issueTypes.updateIssueType(type, name, description, icon.getId());
        } catch (IOException | RuntimeException e) {
            LOG.warn("The issue type {} keeps Jira's default icon: its own icon could not be stored", name, e);
        }
        return info(type);
    }

    @Override
    public Optional<LinkTypeInfo> findLinkType(String name) {
        Collection<IssueLinkType> found = linkTypes.getIssueLinkTypesByName(name);
        return found == null ? Optional.empty() : found.stream().findFirst().map(JiraIssueTypeProvisioning::info);
    }

    @Override
    public LinkTypeInfo createLinkType(String name, String outward, String inward) {
        linkTypes.createIssueLinkType(name, outward, inward, null); // style null: an ordinary (not system) link type
        return findLinkType(name).orElseThrow(() -> new IllegalStateException("Jira did not create the link type " + name));
    }

    @Override
    public List<ProjectScheme> projectSchemes() {
        Map<Long, SchemeInfo> cache = new HashMap<>(); // many projects share a scheme: read each once
        List<ProjectScheme> result = new ArrayList<>();
        for (Project project : sortedProjects()) {
            FieldConfigScheme scheme = schemes.getConfigScheme(project);
            if (scheme != null) {
                result.add(new ProjectScheme(ref(project), cache.computeIfAbsent(scheme.getId(), id -> info(scheme))));
            }
        }
        return result;
    }

    @Override
    public void addToScheme(String schemeId, String issueTypeId) {
        FieldConfigScheme scheme = distinctSchemes().stream().filter(s -> String.valueOf(s.getId()).equals(schemeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issue type scheme " + schemeId + " is used by a project"));
        List<String> ids = new ArrayList<>(typeIds(scheme));
        if (!ids.contains(issueTypeId)) {
            ids.add(issueTypeId);
            schemes.update(scheme, ids);
        }
    }

    @Override
    public SchemeInfo copySchemeForProject(long projectId, String name, String description, String issueTypeId) {
        Project project = projects.getProjectObjects().stream().filter(p -> p.getId() == projectId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectId));
        List<String> ids = new ArrayList<>(typeIds(schemes.getConfigScheme(project)));
        if (!ids.contains(issueTypeId)) {
            ids.add(issueTypeId);
        }
        FieldConfigScheme copy = schemes.create(name, description, ids);
        try {
            schemes.setProjectAssociationsForIssueTypeScheme(copy, List.of(project));
            FieldConfigScheme now = schemes.getConfigScheme(project);
            if (now == null || !copy.getId().equals(now.getId())) {
                throw new IllegalStateException("Jira did not move project " + project.getKey() + " to the new scheme " + name);
            }
        } catch (RuntimeException e) {
            schemes.deleteScheme(copy);
            throw e;
        }
        return new SchemeInfo(String.valueOf(copy.getId()), copy.getName(), false, ids);
    }

    private List<Project> sortedProjects() {
        List<Project> all = new ArrayList<>(projects.getProjectObjects());
        all.sort(Comparator.comparing(Project::getKey));
        return all;
    }

    /** The schemes projects use (the default one included even when it is global, i.e. has no explicit projects). */
    private List<FieldConfigScheme> distinctSchemes() {
        Map<Long, FieldConfigScheme> byId = new HashMap<>();
        for (Project project : projects.getProjectObjects()) {
            FieldConfigScheme scheme = schemes.getConfigScheme(project);
            if (scheme != null) {
                byId.putIfAbsent(scheme.getId(), scheme);
            }
        }
        return List.copyOf(byId.values());
    }

    private List<String> typeIds(FieldConfigScheme scheme) {
        Collection<IssueType> types = schemes.getIssueTypesForScheme(scheme);
        return types == null ? List.of() : types.stream().map(IssueType::getId).toList();
    }

    private SchemeInfo info(FieldConfigScheme scheme) {
        return new SchemeInfo(String.valueOf(scheme.getId()), scheme.getName(), schemes.isDefaultIssueTypeScheme(scheme), typeIds(scheme));
    }

    private static IssueTypeInfo info(IssueType type) {
        return new IssueTypeInfo(type.getId(), type.getName(), type.getDescription());
    }

    private static LinkTypeInfo info(IssueLinkType type) {
        return new LinkTypeInfo(String.valueOf(type.getId()), type.getName(), type.getOutward(), type.getInward());
    }

    private static ProjectRef ref(Project project) {
        return new ProjectRef(project.getId(), project.getKey(), project.getName());
    }
}
