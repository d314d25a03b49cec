package io.prodops.governance.testing;

import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.IssueTypeProvisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for the host's issue types, link types and schemes in tests: one instance is "the host" all the nodes of
 * a test share. Synchronized, and it counts what was created, so a test can tell a duplicate.
 */
public final class InMemoryIssueTypes implements IssueTypeProvisioning {
    private final Map<String, IssueTypeInfo> types = new LinkedHashMap<>();
    private final Map<String, LinkTypeInfo> linkTypes = new LinkedHashMap<>();
    private final Map<String, SchemeInfo> schemes = new LinkedHashMap<>();
    private final Map<Long, ProjectRef> projects = new LinkedHashMap<>();
    private final Map<Long, String> projectScheme = new LinkedHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(10000);
    public final AtomicInteger typesCreated = new AtomicInteger();
    public final AtomicInteger linkTypesCreated = new AtomicInteger();

    public synchronized IssueTypeInfo addType(String name, String description) {
        IssueTypeInfo type = new IssueTypeInfo(String.valueOf(nextId.incrementAndGet()), name, description);
        types.put(type.id(), type);
        return type;
    }

    public synchronized void deleteType(String id) {
        types.remove(id);
    }

    public synchronized void renameType(String id, String name) {
        IssueTypeInfo t = types.get(id);
        types.put(id, new IssueTypeInfo(id, name, t.description()));
    }

    public synchronized void addLinkType(String name, String outward, String inward) {
        linkTypes.put(name, new LinkTypeInfo(String.valueOf(nextId.incrementAndGet()), name, outward, inward));
    }

    public synchronized SchemeInfo addScheme(String name, boolean isDefault, List<String> typeIds) {
        SchemeInfo scheme = new SchemeInfo(String.valueOf(nextId.incrementAndGet()), name, isDefault, typeIds);
        schemes.put(scheme.id(), scheme);
        return scheme;
    }

    public synchronized ProjectRef addProject(String key, String name, SchemeInfo scheme) {
        ProjectRef project = new ProjectRef(nextId.incrementAndGet(), key, name);
        projects.put(project.id(), project);
        projectScheme.put(project.id(), scheme.id());
        return project;
    }

    public synchronized SchemeInfo schemeOf(String projectKey) {
        return projects.values().stream().filter(p -> p.key().equals(projectKey)).findFirst()
                .map(p -> schemes.get(projectScheme.get(p.id()))).orElseThrow();
    }

    public synchronized List<IssueTypeInfo> types() {
        return List.copyOf(types.values());
    }

    @Override
    public synchronized Optional<IssueTypeInfo> findIssueType(String id) {
        return Optional.ofNullable(types.get(id));
    }

    @Override
    public synchronized List<IssueTypeInfo> issueTypesNamed(String name) {
        return types.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
    }

    @Override
    public synchronized IssueTypeInfo createIssueType(String name, String description) {
        if (!issueTypesNamed(name).isEmpty()) {
            throw new IllegalStateException("an issue type named " + name + " exists"); // as Jira refuses duplicates
        }
        typesCreated.incrementAndGet();
        return addType(name, description);
    }

    @Override
    public synchronized Optional<LinkTypeInfo> findLinkType(String name) {
        return Optional.ofNullable(linkTypes.get(name));
    }

    @Override
    public synchronized LinkTypeInfo createLinkType(String name, String outward, String inward) {
        linkTypesCreated.incrementAndGet();
        addLinkType(name, outward, inward);
        return linkTypes.get(name);
    }

    @Override
    public synchronized List<ProjectScheme> projectSchemes() {
        return projects.values().stream().sorted(Comparator.comparing(ProjectRef::key))
                .map(p -> new ProjectScheme(p, schemes.get(projectScheme.get(p.id())))).toList();
    }

    @Override
    public synchronized void addToScheme(String schemeId, String issueTypeId) {
        SchemeInfo s = schemes.get(schemeId);
        List<String> ids = new ArrayList<>(s.issueTypeIds());
        ids.add(issueTypeId);
        schemes.put(schemeId, new SchemeInfo(s.id(), s.name(), s.defaultScheme(), ids));
    }

    @Override
    public synchronized SchemeInfo copySchemeForProject(long projectId, String name, String description, String issueTypeId) {
        SchemeInfo from = schemes.get(projectScheme.get(projectId));
        List<String> ids = new ArrayList<>(from.issueTypeIds());
        ids.add(issueTypeId);
        SchemeInfo copy = addScheme(name, false, ids);
        projectScheme.put(projectId, copy.id());
        return copy;
    }
}
