package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConfigDocRepository;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.domain.VersionedConfig.Draft;
import io.prodops.governance.common.domain.VersionedConfig.Version;
import io.prodops.governance.common.port.FieldCatalog;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.ProjectDirectory;
import io.prodops.governance.common.port.Transactions;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Readiness gate sets and their bindings to projects. Gate sets are versioned exactly like PRD templates (the shared
 * {@link VersionedConfig} over configuration documents of kind {@value #KIND}): ops managers write drafts and publish
 * immutable versions; everyone logged in reads published ones; evaluations always use a published version. Who may
 * call what is in docs/rest-conventions.md.
 */
@Named
public class GateSetService {
    public static final String KIND = "GATE_SET";
    public static final String AUDIT_SUBJECT = "GATE_SET";
    public static final String NOT_FOUND = "GATESET_NOT_FOUND";
    public static final String VERSION_NOT_FOUND = "GATESET_VERSION_NOT_FOUND";
    public static final String BINDINGS_SUBJECT = "GATE_BINDINGS";
    public static final String BINDINGS_SAVED = "BINDINGS_SAVED";
    public static final int MAX_BINDINGS = 1000;

    private static final VersionedConfig.Names NAMES = new VersionedConfig.Names(KIND, "gate set", "gate set", AUDIT_SUBJECT,
            "GATESET_", NOT_FOUND, VERSION_NOT_FOUND, "gatesets", "bindings");

    private final VersionedConfig<GateSet> config;
    private final GateBindingRepository bindings;
    private final ProjectDirectory projects;
    private final ConfigDocRepository docs;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;

    @Inject
    public GateSetService(ConfigDocRepository docs, GateSetCodec codec, IssueDirectory issues, FieldCatalog fields,
                          GateBindingRepository bindings, ProjectDirectory projects, Access access, AuditLog audit, Transactions transactions) {
        this.config = new VersionedConfig<>(NAMES, new Rules(codec, new GateSetValidator(issues, fields)), docs, access, audit, transactions);
        this.bindings = bindings;
        this.projects = projects;
        this.docs = docs;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    public boolean isManager() {
        return config.isManager();
    }

    /** 401/403 unless the caller manages gate sets: resources call it before reading a write's body. */
    public void requireManager() {
        config.requireManager();
    }

    // ---------------------------------------------------------------- gate sets

    /** Managers: every gate set by its draft; everyone else logged in: the published ones by their newest version. */
    public Page<VersionedConfig.Summary<GateSet>> list(PageRequest page) {
        return config.list(page);
    }

    public Draft<GateSet> draft(String key) {
        return config.draft(key);
    }

    public Version<GateSet> latest(String key) {
        return config.latest(key);
    }

    public Version<GateSet> version(String key, int n) {
        return config.version(key, n);
    }

    public Page<Version<GateSet>> versions(String key, PageRequest page) {
        return config.versions(key, page);
    }

    /** @param from a published version or null for the draft; {@code to} likewise */
    public GateSetDiff diff(String key, Integer from, Integer to) {
        return config.diff(key, from, to, GateSetDiff::between);
    }

    public List<VersionedConfig.Export<GateSet>> export(String key) {
        return config.export(key);
    }

    public Draft<GateSet> create(GateSet input) {
        return config.create(input);
    }

    public Draft<GateSet> saveDraft(String key, GateSet input, int expectedRevision) {
        return config.saveDraft(key, input, expectedRevision);
    }

    public Draft<GateSet> publish(String key, String note, int expectedRevision) {
        return config.publish(key, note, expectedRevision);
    }

    /** Retired gate sets are offered for no new binding; existing bindings and evaluations keep working. */
    public Draft<GateSet> retire(String key, int expectedRevision) {
        return config.setRetired(key, true, expectedRevision);
    }

    public Draft<GateSet> unretire(String key, int expectedRevision) {
        return config.setRetired(key, false, expectedRevision);
    }

    public List<VersionedConfig.Imported<GateSet>> importGateSets(List<GateSet> inputs) {
        return config.importAll(inputs);
    }

    /** Installs a built-in gate set as version 1 unless its key exists. Joins the caller's transaction (one-time setup). */
    public boolean installBuiltIn(GateSet builtIn, String note) {
        return config.installBuiltIn(builtIn, note);
    }

    /**
     * A published version for evaluation, without a caller check (the readiness service decides who may see the
     * result). Empty when the key is unknown or was never published, or has no version {@code version}.
     *
     * @param version null for the newest
     */
    public Optional<GateSetVersion> published(String key, Integer version) {
        return config.published(key, version).map(GateSetService::toVersion);
    }

    public static GateSetVersion toVersion(Version<GateSet> v) {
        GateSet s = v.content();
        return new GateSetVersion(s.key(), s.name(), s.description(), v.version(), s.gates(), v.publishedAt(), v.publishedBy(), v.note());
    }

    // ---------------------------------------------------------------- bindings

    /** The binding list (admins and ops managers), with current project keys and names. */
    public GateBindings bindings() {
        access.requireOpsManager();
        return transactions.inTransaction(this::currentBindings);
    }

    /**
     * The gate set bound to an issue's project and type, most specific binding first; empty when none applies. No
     * caller check: callers have decided the issue is visible.
     */
    public Optional<String> gatesetFor(IssueFacts issue) {
        return transactions.inTransaction(() -> new GateBindings(0, bindings.forProject(issue.project().id()), null, null)
                .gatesetFor(issue.project().id(), issue.issueType()));
    }

    /**
     * Replaces the binding list (admins and ops managers). All problems are reported at once; a stale revision is 409.
     * A binding must name a published gate set; one already bound stays allowed after it is retired.
     */
    public GateBindings saveBindings(List<GateBindingInput> inputs, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            GateBindings before = bindings.load();
            Set<String> alreadyBound = before.bindings().stream().map(GateBinding::gateset).collect(Collectors.toSet());
            List<FieldError> errors = new ArrayList<>();
            if (inputs.size() > MAX_BINDINGS) {
                throw ValidationException.of("bindings", "must have at most " + MAX_BINDINGS + " bindings (has " + inputs.size() + ")");
            }
            List<GateBinding> resolved = new ArrayList<>();
            Map<String, Integer> scopes = new HashMap<>();
            Map<String, Optional<ConfigStatus>> statuses = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                String at = "bindings[" + i + "]";
                GateBindingInput in = inputs.get(i);
                if (in == null) {
                    errors.add(FieldError.of(at, "is required"));
                    continue;
                }
                Optional<ProjectRef> project = project(errors, at, in);
                List<String> types = issueTypes(errors, at, in.issueTypes());
                String gateset = in.gateset() == null ? null : in.gateset().strip();
                if (gateset == null || gateset.isEmpty()) {
                    errors.add(FieldError.of(at + ".gateset", "is required: the key of a published gate set"));
                } else {
                    Optional<ConfigStatus> status = statuses.computeIfAbsent(gateset, k -> docs.find(KIND, k).map(d -> d.status()));
                    if (status.isEmpty()) {
                        errors.add(FieldError.of(at + ".gateset", "names no gate set: " + gateset));
                    } else if (status.get() == ConfigStatus.DRAFT) {
                        errors.add(FieldError.of(at + ".gateset", gateset + " was never published: publish it first"));
                    } else if (status.get() == ConfigStatus.RETIRED && !alreadyBound.contains(gateset)) {
                        errors.add(FieldError.of(at + ".gateset", gateset + " is retired: it is offered for no new binding"));
                    }
                }
                if (project.isPresent()) {
                    for (String scope : scopes(project.get(), types)) {
                        Integer first = scopes.putIfAbsent(scope, i);
                        if (first != null) {
                            errors.add(FieldError.of(at, "binds " + project.get().key() + (types.isEmpty() ? "" : " " + scope.substring(scope.indexOf('/') + 1))
                                    + " again: bindings[" + first + "] already does"));
                            break;
                        }
                    }
                    resolved.add(new GateBinding(project.get(), types, gateset));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            GateBindings after = bindings.replace(resolved, expectedRevision, user.key());
            audit.record(new AuditEntry(BINDINGS_SUBJECT, "bindings", null, null, BINDINGS_SAVED, user.key(), after.updatedAt(),
                    "bindings revision " + after.revision() + ": " + describe(withProjects(before)) + " -> " + describe(resolved), 1));
            return withProjects(after);
        });
    }

    private GateBindings currentBindings() {
        return withProjects(bindings.load());
    }

    /** Fills in current project keys and names (keys change when a project is renamed). */
    private GateBindings withProjects(GateBindings stored) {
        return new GateBindings(stored.revision(), stored.bindings().stream().map(b -> new GateBinding(
                projects.findById(b.project().id()).orElse(new ProjectRef(b.project().id(), null, null)), b.issueTypes(), b.gateset())).toList(),
                stored.updatedBy(), stored.updatedAt());
    }

    private Optional<ProjectRef> project(List<FieldError> errors, String at, GateBindingInput in) {
        boolean hasKey = in.projectKey() != null && !in.projectKey().isBlank();
        if (hasKey == (in.projectId() != null)) {
            errors.add(FieldError.of(at + ".projectKey", "is required: name the project by projectKey or by projectId (one of them)"));
            return Optional.empty();
        }
        Optional<ProjectRef> project = hasKey ? projects.findByKey(in.projectKey().strip()) : projects.findById(in.projectId());
        if (project.isEmpty()) {
            errors.add(hasKey ? FieldError.of(at + ".projectKey", "names no project: " + in.projectKey())
                    : FieldError.of(at + ".projectId", "names no project: " + in.projectId()));
        }
        return project;
    }

    private static List<String> issueTypes(List<FieldError> errors, String at, List<String> types) {
        if (types.size() > GateSetValidator.MAX_LIST) {
            errors.add(FieldError.of(at + ".issueTypes", "must have at most " + GateSetValidator.MAX_LIST + " issue types"));
        }
        Set<String> out = new LinkedHashSet<>();
        for (int j = 0; j < types.size(); j++) {
            String t = types.get(j) == null ? "" : types.get(j).strip();
            if (t.isEmpty() || t.length() > GateSetValidator.TEXT_MAX) {
                errors.add(FieldError.of(at + ".issueTypes[" + j + "]", "must be an issue type name of 1 to " + GateSetValidator.TEXT_MAX + " characters"));
            } else {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> scopes(ProjectRef project, List<String> types) {
        if (types.isEmpty()) {
            return List.of(project.id() + "/");
        }
        return types.stream().map(t -> project.id() + "/" + t.toLowerCase(Locale.ROOT)).toList();
    }

    private static String describe(GateBindings b) {
        return describe(b.bindings());
    }

    private static String describe(List<GateBinding> list) {
        if (list.isEmpty()) {
            return "(none)";
        }
        return list.stream().map(b -> (b.project().key() == null ? String.valueOf(b.project().id()) : b.project().key())
                + (b.issueTypes().isEmpty() ? "" : " " + b.issueTypes()) + "=" + b.gateset()).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- rules of the shared versioning

    /** What gate sets bring to the shared versioning: codec, normalizing, validation (JQL and fields through ports). */
    private static final class Rules implements VersionedConfig.Rules<GateSet> {
        private final GateSetCodec codec;
        private final GateSetValidator validator;

        Rules(GateSetCodec codec, GateSetValidator validator) {
            this.codec = codec;
            this.validator = validator;
        }

        @Override
        public String encode(GateSet content) {
            return codec.encode(content);
        }

        @Override
        public GateSet decode(String stored) {
            return codec.decode(stored);
        }

        @Override
        public String key(GateSet content) {
            return content.key();
        }

        @Override
        public String name(GateSet content) {
            return content.name();
        }

        @Override
        public GateSet withKey(GateSet s, String key) {
            return new GateSet(key, s.name(), s.description(), s.gates());
        }

        @Override
        public GateSet prepare(GateSet input, List<FieldError> errors) {
            GateSet normalized = normalize(input);
            errors.addAll(validator.problems(normalized));
            return normalized;
        }

        @Override
        public List<FieldError> problems(GateSet content) {
            return validator.problems(content);
        }

        @Override
        public String describe(GateSet s) {
            return s.gates().size() + (s.gates().size() == 1 ? " gate: " : " gates: ")
                    + String.join(", ", s.gates().stream().map(Gate::key).toList());
        }

        @Override
        public String changes(GateSet before, GateSet after) {
            return GateSetDiff.between(before, after).summary();
        }
    }

    /** Trims text, drops empty optional text; parameters keep their meaning. */
    static GateSet normalize(GateSet s) {
        List<Gate> gates = s.gates().stream().map(g -> new Gate(g.key(), strip(g.title()), g.kind(), g.required(),
                g.params() == null ? null : normalize(g.params()))).toList();
        return new GateSet(s.key(), strip(s.name()), emptyToNull(s.description()), gates);
    }

    private static GateParams normalize(GateParams p) {
        return switch (p) {
            case ChildrenDoneParams c -> new ChildrenDoneParams(c.ignoreTypes().stream().map(String::strip).collect(Collectors.toSet()),
                    c.minCount(), c.noChildren());
            case LinksResolvedParams l -> new LinksResolvedParams(l.linkTypes().stream()
                    .map(spec -> new LinkSpec(strip(spec.name()), spec.direction())).toList());
            case FieldSetParams f -> new FieldSetParams(strip(f.field()));
            case JqlMatchParams j -> new JqlMatchParams(strip(j.jql()), j.maxResults());
            case SignOffParams so -> new SignOffParams(strip(so.group()));
            default -> p;
        };
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
