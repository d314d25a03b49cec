package io.prodops.governance.readiness.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateBinding;
import io.prodops.governance.readiness.domain.GateBindingInput;
import io.prodops.governance.readiness.domain.GateBindings;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateParams;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdCompleteParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.GateSetDiff;
import io.prodops.governance.readiness.domain.LinkSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code /gatesets} (docs/rest-conventions.md): request bodies and responses, and the mapping between them
 * and the domain. A gate is {@code {"key","title","kind","required","params":{...}}} with the parameters of its kind;
 * parameters left out take their defaults. Fields without a value are omitted. Text is returned as stored, as data.
 */
public final class GateSetJson {
    static final String EXPORT_FORMAT = "prodops-gatesets";
    static final int EXPORT_FORMAT_VERSION = 1;

    private GateSetJson() {
    }

    // ------------------------------------------------------------------ requests

    /** {@code POST /gatesets}, {@code PUT /gatesets/{key}} (with {@code revision}), and each gate set of an import. */
    public record GateSetInput(String key, String name, String description, List<GateInput> gates, Integer revision) {
    }

    /** {@code params} stays a JSON tree until {@code kind} says which parameters it holds. */
    public record GateInput(String key, String title, String kind, Boolean required, JsonNode params) {
    }

    public record PublishInput(String note, Integer revision) {
    }

    public record RevisionInput(Integer revision) {
    }

    /** {@code POST /gatesets/import}: an export document (its other fields are ignored). */
    public record ImportInput(List<GateSetInput> gatesets) {
    }

    public record BindingsInput(Integer revision, List<BindingInput> bindings) {
    }

    public record BindingInput(String projectKey, Long projectId, List<String> issueTypes, String gateset) {
    }

    /**
     * The domain gate set, or 400 naming every parameter of the wrong JSON type at once ({@code prefix} e.g.
     * {@code gatesets[1].}). An unknown kind becomes null, which the validator reports naming the known kinds.
     */
    static GateSet toDomain(GateSetInput in, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        GateSet set = toDomain(in, prefix, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return set;
    }

    static GateSet toDomain(GateSetInput in, String prefix, List<FieldError> errors) {
        List<Gate> gates = new ArrayList<>();
        if (in.gates() != null) {
            for (int i = 0; i < in.gates().size(); i++) {
                GateInput g = in.gates().get(i);
                String at = prefix + "gates[" + i + "]";
                if (g == null) {
                    gates.add(new Gate(null, null, null, false, null));
                    continue;
                }
                GateKind kind = kind(g.kind());
                GateParams params = kind == null ? null : params(kind, g.params(), at + ".params", errors);
                gates.add(new Gate(g.key(), g.title(), kind, Boolean.TRUE.equals(g.required()), params));
            }
        }
        return new GateSet(in.key(), in.name(), in.description(), gates);
    }

    private static GateKind kind(String kind) {
        for (GateKind k : GateKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    private static GateParams params(GateKind kind, JsonNode node, String at, List<FieldError> errors) {
        if (node != null && !node.isNull() && !node.isObject()) {
            errors.add(FieldError.of(at, "must be an object with the parameters of " + kind));
            return GateParams.defaults(kind);
        }
        JsonNode p = node == null || node.isNull() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        return switch (kind) {
            case PRD_APPROVED -> new GateParams.PrdApprovedParams();
            case EXPERIMENTS_DECIDED -> new GateParams.ExperimentsDecidedParams();
            case PRD_COMPLETE -> new PrdCompleteParams(number(p, "threshold", at, errors, PrdCompleteParams.DEFAULT_THRESHOLD));
            case CHILDREN_DONE -> new ChildrenDoneParams(new LinkedHashSet<>(strings(p, "ignoreTypes", at, errors)),
                    whole(p, "minCount", at, errors, 0), noChildren(p, at, errors));
            case LINKS_RESOLVED -> new LinksResolvedParams(links(p, at, errors));
            case FIELD_SET -> new FieldSetParams(text(p, "field", at, errors));
            case JQL_MATCH -> new JqlMatchParams(text(p, "jql", at, errors), wholeOrNull(p, "maxResults", at, errors));
            case SIGN_OFF -> new SignOffParams(text(p, "group", at, errors));
        };
    }

    private static boolean absent(JsonNode p, String field) {
        return !p.has(field) || p.get(field).isNull();
    }

    private static double number(JsonNode p, String field, String at, List<FieldError> errors, double fallback) {
        if (absent(p, field)) {
            return fallback;
        }
        if (!p.get(field).isNumber()) {
            errors.add(FieldError.of(at + "." + field, "must be a number"));
            return fallback;
        }
        return p.get(field).doubleValue();
    }

    private static int whole(JsonNode p, String field, String at, List<FieldError> errors, int fallback) {
        Integer n = wholeOrNull(p, field, at, errors);
        return n == null ? fallback : n;
    }

    private static Integer wholeOrNull(JsonNode p, String field, String at, List<FieldError> errors) {
        if (absent(p, field)) {
            return null;
        }
        JsonNode v = p.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            errors.add(FieldError.of(at + "." + field, "must be a whole number"));
            return null;
        }
        return v.intValue();
    }

    private static String text(JsonNode p, String field, String at, List<FieldError> errors) {
        if (absent(p, field)) {
            return null;
        }
        if (!p.get(field).isTextual()) {
            errors.add(FieldError.of(at + "." + field, "must be a string"));
            return null;
        }
        return p.get(field).textValue();
    }

    private static List<String> strings(JsonNode p, String field, String at, List<FieldError> errors) {
        if (absent(p, field)) {
            return List.of();
        }
        JsonNode v = p.get(field);
        if (!v.isArray()) {
            errors.add(FieldError.of(at + "." + field, "must be a list of strings"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                errors.add(FieldError.of(at + "." + field + "[" + i + "]", "must be a string"));
            } else {
                out.add(v.get(i).textValue());
            }
        }
        return out;
    }

    private static ChildrenDoneParams.NoChildren noChildren(JsonNode p, String at, List<FieldError> errors) {
        String value = text(p, "noChildren", at, errors);
        if (value == null) {
            return ChildrenDoneParams.NoChildren.FAIL;
        }
        for (ChildrenDoneParams.NoChildren n : ChildrenDoneParams.NoChildren.values()) {
            if (n.name().equals(value)) {
                return n;
            }
        }
        errors.add(FieldError.of(at + ".noChildren", "must be PASS or FAIL"));
        return ChildrenDoneParams.NoChildren.FAIL;
    }

    private static List<LinkSpec> links(JsonNode p, String at, List<FieldError> errors) {
        if (absent(p, "linkTypes")) {
            return List.of(LinkSpec.IS_BLOCKED_BY);
        }
        JsonNode v = p.get("linkTypes");
        if (!v.isArray()) {
            errors.add(FieldError.of(at + ".linkTypes", "must be a list of {\"name\", \"direction\"}"));
            return List.of(LinkSpec.IS_BLOCKED_BY);
        }
        List<LinkSpec> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            String item = at + ".linkTypes[" + i + "]";
            JsonNode l = v.get(i);
            if (!l.isObject()) {
                errors.add(FieldError.of(item, "must be {\"name\", \"direction\"}"));
                continue;
            }
            String name = text(l, "name", item, errors);
            String direction = text(l, "direction", item, errors);
            IssueLinkFacts.Direction d = null;
            if (direction != null) {
                for (IssueLinkFacts.Direction candidate : IssueLinkFacts.Direction.values()) {
                    if (candidate.name().equals(direction)) {
                        d = candidate;
                    }
                }
                if (d == null) {
                    errors.add(FieldError.of(item + ".direction", "must be INWARD or OUTWARD"));
                }
            }
            out.add(new LinkSpec(name, d));
        }
        return out;
    }

    static List<GateBindingInput> bindings(BindingsInput in) {
        if (in.bindings() == null) {
            throw ValidationException.of("bindings", "is required: a list (empty to remove every binding)");
        }
        return in.bindings().stream().map(b -> b == null ? null
                : new GateBindingInput(b.projectKey(), b.projectId(), b.issueTypes() == null ? List.of() : b.issueTypes(), b.gateset())).toList();
    }

    // ------------------------------------------------------------------ responses

    /**
     * A gate set. The managers' view of the working draft carries {@code revision}, {@code unpublishedChanges} and
     * created/updated; a published version carries {@code version}, {@code latestVersion}, {@code note} and
     * published. Exports add {@code versions}.
     */
    public record GateSetOut(String key, String name, String description, String status, Integer revision, int publishedVersion,
                             Integer version, Integer latestVersion, Boolean unpublishedChanges, String note, List<GateOut> gates,
                             UserJson createdBy, String createdAt, UserJson updatedBy, String updatedAt, UserJson publishedBy,
                             String publishedAt, List<GateSetOut> versions) {
    }

    public record GateOut(String key, String title, String kind, boolean required, Map<String, Object> params) {
    }

    public record Summary(String key, String name, String description, String status, Integer revision, int publishedVersion,
                          int gateCount, UserJson updatedBy, String updatedAt) {
    }

    public record VersionSummary(int version, String note, UserJson publishedBy, String publishedAt, String name, int gateCount) {
    }

    public record Diff(String key, Object from, Object to, List<Change> gateset, List<GateRef> added, List<GateRef> removed,
                       List<GateChange> changed) {
    }

    public record Change(String field, Object before, Object after) {
    }

    public record GateRef(String key, String title, String kind, int position) {
    }

    public record GateChange(String key, String title, List<Change> fields) {
    }

    public record Export(String format, int formatVersion, String exportedAt, List<GateSetOut> gatesets) {
    }

    public record Imported(String key, String outcome, GateSetOut gateset) {
    }

    public record ImportResult(List<Imported> imported) {
    }

    public record BindingsOut(int revision, List<BindingOut> bindings, UserJson updatedBy, String updatedAt) {
    }

    public record BindingOut(long projectId, String projectKey, String projectName, List<String> issueTypes, String gateset) {
    }

    /** Maps domain results to JSON, resolving user keys to {@code {"key", "displayName"}}. */
    static final class Writer {
        private final UserDirectory users;

        Writer(UserDirectory users) {
            this.users = users;
        }

        GateSetOut draft(VersionedConfig.Draft<GateSet> d) {
            GateSet s = d.content();
            return new GateSetOut(s.key(), s.name(), s.description(), d.status().name(), d.revision(), d.publishedVersion(), null, null,
                    d.unpublishedChanges(), null, gates(s), user(d.createdBy()), time(d.createdAt()), user(d.updatedBy()),
                    time(d.updatedAt()), null, null, null);
        }

        GateSetOut version(VersionedConfig.Version<GateSet> v) {
            GateSet s = v.content();
            return new GateSetOut(s.key(), s.name(), s.description(), v.status().name(), null, v.latestVersion(), v.version(),
                    v.latestVersion(), null, v.note(), gates(s), null, null, null, null, user(v.publishedBy()), time(v.publishedAt()), null);
        }

        Page<Summary> summaries(Page<VersionedConfig.Summary<GateSet>> page) {
            return page.map(s -> new Summary(s.content().key(), s.content().name(), s.content().description(), s.status().name(), s.revision(),
                    s.publishedVersion(), s.content().gates().size(), user(s.updatedBy()), time(s.updatedAt())));
        }

        Page<VersionSummary> versions(Page<VersionedConfig.Version<GateSet>> page) {
            return page.map(v -> new VersionSummary(v.version(), v.note(), user(v.publishedBy()), time(v.publishedAt()), v.content().name(),
                    v.content().gates().size()));
        }

        Diff diff(String key, Integer from, Integer to, GateSetDiff d) {
            return new Diff(key, from == null ? "draft" : from, to == null ? "draft" : to,
                    d.set().stream().map(GateSetJson::change).toList(),
                    d.added().stream().map(GateSetJson::ref).toList(),
                    d.removed().stream().map(GateSetJson::ref).toList(),
                    d.changed().stream().map(c -> new GateChange(c.key(), c.title(), c.fields().stream().map(GateSetJson::change).toList())).toList());
        }

        Export export(List<VersionedConfig.Export<GateSet>> exports, Instant at) {
            return new Export(EXPORT_FORMAT, EXPORT_FORMAT_VERSION, at.toString(), exports.stream().map(e -> {
                GateSetOut d = draft(e.draft());
                return new GateSetOut(d.key(), d.name(), d.description(), d.status(), d.revision(), d.publishedVersion(), null, null,
                        d.unpublishedChanges(), null, d.gates(), d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt(), null, null,
                        e.versions().stream().map(this::version).toList());
            }).toList());
        }

        ImportResult imported(List<VersionedConfig.Imported<GateSet>> results) {
            return new ImportResult(results.stream().map(r -> new Imported(r.key(), r.outcome().name(), draft(r.draft()))).toList());
        }

        BindingsOut bindings(GateBindings b) {
            return new BindingsOut(b.revision(), b.bindings().stream().map(GateSetJson::binding).toList(), user(b.updatedBy()), time(b.updatedAt()));
        }

        private UserJson user(String key) {
            return key == null ? null : UserJson.of(users.resolve(key));
        }
    }

    private static BindingOut binding(GateBinding b) {
        return new BindingOut(b.project().id(), b.project().key(), b.project().name(), b.issueTypes(), b.gateset());
    }

    static List<GateOut> gates(GateSet s) {
        return s.gates().stream().map(g -> new GateOut(g.key(), g.title(), g.kind().name(), g.required(), params(g.params()))).toList();
    }

    /** The parameters of a gate's kind, every one written (defaults included), so clients see what applies. */
    static Map<String, Object> params(GateParams params) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (params) {
            case PrdCompleteParams p -> out.put("threshold", p.threshold());
            case ChildrenDoneParams p -> {
                out.put("ignoreTypes", p.ignoreTypes().stream().sorted().toList());
                out.put("minCount", p.minCount());
                out.put("noChildren", p.noChildren().name());
            }
            case LinksResolvedParams p -> out.put("linkTypes", p.linkTypes().stream()
                    .map(l -> Map.of("name", l.name(), "direction", l.direction().name())).toList());
            case FieldSetParams p -> out.put("field", p.field());
            case JqlMatchParams p -> {
                out.put("jql", p.jql());
                if (p.maxResults() != null) {
                    out.put("maxResults", p.maxResults());
                }
            }
            case SignOffParams p -> out.put("group", p.group());
            case GateParams.PrdApprovedParams p -> {
            }
            case GateParams.ExperimentsDecidedParams p -> {
            }
        }
        return out;
    }

    private static Change change(GateSetDiff.FieldChange c) {
        return new Change(c.field(), value(c.before()), value(c.after()));
    }

    private static Object value(Object v) {
        if (v instanceof GateKind k) {
            return k.name();
        }
        if (v instanceof GateParams p) {
            return params(p);
        }
        return v;
    }

    private static GateRef ref(GateSetDiff.GateRef r) {
        return new GateRef(r.key(), r.title(), r.kind().name(), r.position());
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
