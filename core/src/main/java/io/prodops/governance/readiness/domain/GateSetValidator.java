package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.port.FieldCatalog;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdCompleteParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a gate set must follow to be saved, published or imported. Reports every problem at once, each naming its
 * field as the REST input names it ({@code gates[2].params.jql}). Host-dependent rules (the JQL parses, the field
 * exists) go through ports, so a gate set naming a deleted field or a broken query cannot be saved or published;
 * one that breaks later (a field deleted after publishing) is an ERROR gate at evaluation, never a silent pass.
 */
public final class GateSetValidator {
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,30}");
    public static final Pattern GATE_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    /** Built-in fields a FIELD_SET gate may name, besides custom fields ({@code customfield_NNNNN}). */
    public static final List<String> BUILT_IN_FIELDS = List.of("duedate", "fixVersions", "assignee", "components");
    public static final Pattern CUSTOM_FIELD = Pattern.compile("customfield_[0-9]{1,18}");
    /** Placeholders of JQL_MATCH queries: the only text ever substituted into a query. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]*)}}");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");
    /** What the validator substitutes for {@value JqlMatchParams#ISSUE_KEY_PLACEHOLDER} to check that a query parses. */
    static final String SAMPLE_ISSUE_KEY = "PRODOPS-1";
    public static final int NAME_MAX = 255;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int MIN_GATES = 1;
    public static final int MAX_GATES = 50;
    public static final int TITLE_MAX = 255;
    public static final int JQL_MAX = 4000;
    public static final int MAX_RESULTS_MAX = 1000;
    public static final int MIN_COUNT_MAX = 10_000;
    public static final int MAX_LIST = 50;
    public static final int TEXT_MAX = 255;

    private final IssueDirectory issues;
    private final FieldCatalog fields;

    public GateSetValidator(IssueDirectory issues, FieldCatalog fields) {
        this.issues = issues;
        this.fields = fields;
    }

    /** Every problem of {@code set}; empty when it may be stored. */
    public List<FieldError> problems(GateSet set) {
        List<FieldError> errors = new ArrayList<>();
        String key = set.key();
        if (key == null || key.isEmpty()) {
            errors.add(FieldError.of("key", "is required"));
        } else if (!KEY.matcher(key).matches()) {
            errors.add(FieldError.of("key", "must be 2 to 31 characters: an upper-case letter, then upper-case letters, digits or _"));
        }
        text(errors, "name", set.name(), NAME_MAX, true);
        text(errors, "description", set.description(), DESCRIPTION_MAX, false);
        if (set.gates().size() < MIN_GATES || set.gates().size() > MAX_GATES) {
            errors.add(FieldError.of("gates", "must have between " + MIN_GATES + " and " + MAX_GATES + " gates (has " + set.gates().size() + ")"));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < set.gates().size(); i++) {
            gate(errors, "gates[" + i + "]", set.gates().get(i), keys);
        }
        return errors;
    }

    private void gate(List<FieldError> errors, String at, Gate gate, Set<String> keys) {
        if (gate == null) {
            errors.add(FieldError.of(at, "is required"));
            return;
        }
        if (gate.key() == null || gate.key().isEmpty()) {
            errors.add(FieldError.of(at + ".key", "is required"));
        } else if (!GATE_KEY.matcher(gate.key()).matches()) {
            errors.add(FieldError.of(at + ".key", "must be 1 to 64 characters: a lower-case letter, then lower-case letters, digits, _ or -"));
        } else if (!keys.add(gate.key())) {
            errors.add(FieldError.of(at + ".key", "\"" + gate.key() + "\" is used by another gate of this gate set"));
        }
        text(errors, at + ".title", gate.title(), TITLE_MAX, true);
        if (gate.kind() == null) {
            errors.add(FieldError.of(at + ".kind", "is required: one of " + Arrays.toString(GateKind.values())));
            return;
        }
        if (gate.params().kind() != gate.kind()) {
            errors.add(FieldError.of(at + ".params", "are " + gate.params().kind() + " parameters, not " + gate.kind()));
            return;
        }
        String p = at + ".params.";
        switch (gate.params()) {
            case PrdCompleteParams c -> {
                if (!(c.threshold() >= 0 && c.threshold() <= 1)) { // also refuses NaN
                    errors.add(FieldError.of(p + "threshold", "must be between 0 and 1 (1 = every required section filled)"));
                }
            }
            case ChildrenDoneParams c -> childrenDone(errors, p, c);
            case LinksResolvedParams l -> linksResolved(errors, p, l);
            case FieldSetParams f -> field(errors, p + "field", f.field());
            case JqlMatchParams j -> jql(errors, p, j);
            case SignOffParams s -> text(errors, p + "group", s.group(), TEXT_MAX, true);
            case GateParams.PrdApprovedParams ignored -> {
            }
            case GateParams.ExperimentsDecidedParams ignored -> {
            }
        }
    }

    private static void childrenDone(List<FieldError> errors, String p, ChildrenDoneParams c) {
        if (c.minCount() < 0 || c.minCount() > MIN_COUNT_MAX) {
            errors.add(FieldError.of(p + "minCount", "must be between 0 and " + MIN_COUNT_MAX));
        } else if (c.minCount() > 0 && c.noChildren() == ChildrenDoneParams.NoChildren.PASS) {
            errors.add(FieldError.of(p + "noChildren", "cannot be PASS when minCount is " + c.minCount() + ": an issue without children has fewer"));
        }
        if (c.ignoreTypes().size() > MAX_LIST) {
            errors.add(FieldError.of(p + "ignoreTypes", "must have at most " + MAX_LIST + " issue types"));
        }
        List<String> sorted = c.ignoreTypes().stream().sorted().toList(); // a set: report in a stable order
        for (String type : sorted) {
            if (type == null || type.isBlank() || type.length() > TEXT_MAX) {
                errors.add(FieldError.of(p + "ignoreTypes", "must hold issue type names of 1 to " + TEXT_MAX + " characters"));
                break;
            }
        }
    }

    private static void linksResolved(List<FieldError> errors, String p, LinksResolvedParams l) {
        if (l.linkTypes().size() > MAX_LIST) {
            errors.add(FieldError.of(p + "linkTypes", "must have at most " + MAX_LIST + " link types"));
        }
        for (int i = 0; i < l.linkTypes().size(); i++) {
            LinkSpec spec = l.linkTypes().get(i);
            String at = p + "linkTypes[" + i + "]";
            if (spec == null) {
                errors.add(FieldError.of(at, "is required"));
                continue;
            }
            text(errors, at + ".name", spec.name(), TEXT_MAX, true);
            if (spec.direction() == null) {
                errors.add(FieldError.of(at + ".direction", "is required: one of " + Arrays.toString(IssueLinkFacts.Direction.values())));
            }
        }
    }

    private void field(List<FieldError> errors, String at, String field) {
        if (field == null || field.isBlank()) {
            errors.add(FieldError.of(at, "is required: one of " + BUILT_IN_FIELDS + " or customfield_NNNNN"));
        } else if (!BUILT_IN_FIELDS.contains(field) && !CUSTOM_FIELD.matcher(field).matches()) {
            errors.add(FieldError.of(at, "must be one of " + BUILT_IN_FIELDS + " or a custom field id customfield_NNNNN"));
        } else if (!fields.exists(field)) {
            errors.add(FieldError.of(at, "names no field of this Jira: " + field + " does not exist"));
        }
    }

    private void jql(List<FieldError> errors, String p, JqlMatchParams j) {
        if (j.maxResults() != null && (j.maxResults() < 1 || j.maxResults() > MAX_RESULTS_MAX)) {
            errors.add(FieldError.of(p + "maxResults", "must be between 1 and " + MAX_RESULTS_MAX + ", or left out to ask whether the issue matches"));
        }
        String jql = j.jql();
        if (jql == null || jql.isBlank()) {
            errors.add(FieldError.of(p + "jql", "is required: an empty query would match every issue"));
            return;
        }
        if (jql.length() > JQL_MAX) {
            errors.add(FieldError.of(p + "jql", "must be at most " + JQL_MAX + " characters"));
            return;
        }
        Matcher m = PLACEHOLDER.matcher(jql);
        while (m.find()) {
            if (!m.group().equals(JqlMatchParams.ISSUE_KEY_PLACEHOLDER)) {
                errors.add(FieldError.of(p + "jql", "has the unknown placeholder " + m.group() + ": only "
                        + JqlMatchParams.ISSUE_KEY_PLACEHOLDER + " is filled in"));
                return;
            }
        }
        if (ORDER_BY.matcher(jql).find()) {
            errors.add(FieldError.of(p + "jql", "must not have ORDER BY: the gate only counts or matches issues"));
            return;
        }
        try {
            issues.validateJql(jql.replace(JqlMatchParams.ISSUE_KEY_PLACEHOLDER, SAMPLE_ISSUE_KEY));
        } catch (IssueDirectory.InvalidQueryException e) {
            errors.add(FieldError.of(p + "jql", "does not parse: " + e.getMessage()));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "must be at most " + max + " characters (has " + value.length() + ")"));
        }
    }
}
