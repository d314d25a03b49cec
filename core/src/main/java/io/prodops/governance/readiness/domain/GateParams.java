package io.prodops.governance.readiness.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The typed parameters of a gate, one record per {@link GateKind}. The compact constructors only fill defaults;
 * ranges and formats are checked by {@link GateSetValidator} so that every problem is reported at once.
 */
public sealed interface GateParams {
    GateKind kind();

    /** The parameters a gate of {@code kind} has when none are given. */
    static GateParams defaults(GateKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case PRD_APPROVED -> new PrdApprovedParams();
            case PRD_COMPLETE -> new PrdCompleteParams(PrdCompleteParams.DEFAULT_THRESHOLD);
            case CHILDREN_DONE -> new ChildrenDoneParams(Set.of(), 0, ChildrenDoneParams.NoChildren.FAIL);
            case LINKS_RESOLVED -> new LinksResolvedParams(List.of(LinkSpec.IS_BLOCKED_BY));
            case FIELD_SET -> new FieldSetParams(null);
            case JQL_MATCH -> new JqlMatchParams(null, null);
            case EXPERIMENTS_DECIDED -> new ExperimentsDecidedParams();
            case SIGN_OFF -> new SignOffParams(null);
        };
    }

    record PrdApprovedParams() implements GateParams {
        @Override
        public GateKind kind() {
            return GateKind.PRD_APPROVED;
        }
    }

    /** @param threshold the completeness (0..1) the PRD must reach; 1.0 = every required section filled */
    record PrdCompleteParams(double threshold) implements GateParams {
        public static final double DEFAULT_THRESHOLD = 1.0;

        @Override
        public GateKind kind() {
            return GateKind.PRD_COMPLETE;
        }
    }

    /**
     * @param ignoreTypes issue type names whose children are not counted (e.g. "Bug")
     * @param minCount    the fewest counted children there must be; fewer fails the gate
     * @param noChildren  what an issue without counted children means
     */
    record ChildrenDoneParams(Set<String> ignoreTypes, int minCount, NoChildren noChildren) implements GateParams {
        public enum NoChildren { PASS, FAIL }

        public ChildrenDoneParams {
            ignoreTypes = ignoreTypes == null ? Set.of() : Set.copyOf(ignoreTypes);
            noChildren = noChildren == null ? NoChildren.FAIL : noChildren;
        }

        @Override
        public GateKind kind() {
            return GateKind.CHILDREN_DONE;
        }
    }

    /** @param linkTypes the link types and directions whose issues must be Done; empty = "is blocked by" */
    record LinksResolvedParams(List<LinkSpec> linkTypes) implements GateParams {
        public LinksResolvedParams {
            linkTypes = linkTypes == null || linkTypes.isEmpty() ? List.of(LinkSpec.IS_BLOCKED_BY) : List.copyOf(linkTypes);
        }

        @Override
        public GateKind kind() {
            return GateKind.LINKS_RESOLVED;
        }
    }

    /** @param field a built-in field id (duedate, fixVersions, assignee, components) or customfield_NNNNN */
    record FieldSetParams(String field) implements GateParams {
        @Override
        public GateKind kind() {
            return GateKind.FIELD_SET;
        }
    }

    /**
     * @param jql        the query; may name the gated issue with {@value #ISSUE_KEY_PLACEHOLDER}
     * @param maxResults null: the gate passes when the issue matches {@code jql}; a number N: the query (with the
     *                   placeholder filled) must return at most N issues
     */
    record JqlMatchParams(String jql, Integer maxResults) implements GateParams {
        public static final String ISSUE_KEY_PLACEHOLDER = "{{issue.key}}";

        /** Whether the gate counts the query's results rather than asking whether the issue matches. */
        public boolean countMode() {
            return maxResults != null;
        }

        @Override
        public GateKind kind() {
            return GateKind.JQL_MATCH;
        }
    }

    record ExperimentsDecidedParams() implements GateParams {
        @Override
        public GateKind kind() {
            return GateKind.EXPERIMENTS_DECIDED;
        }
    }

    /** @param group the host group whose members (or ops managers) may sign off, e.g. "marketing" */
    record SignOffParams(String group) implements GateParams {
        @Override
        public GateKind kind() {
            return GateKind.SIGN_OFF;
        }
    }
}
