package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs about one issue, gathered beforehand with full visibility (a gate must not pass because
 * the reader cannot see what blocks it). Immutable; the engine reads nothing else.
 *
 * @param prd         the issue's PRD, empty when it has none
 * @param children    the issue's children (sub-tasks, issues in the epic, under the initiative)
 * @param links       the issue's links, each with the issue at the other end
 * @param fields      per field id of the FIELD_SET gates: whether it has a value, or that the field does not exist
 * @param jql         per JQL_MATCH gate key: what its query returned
 * @param experiments the linked experiments; empty when the experiments capability is not available (gate PENDING)
 * @param signOffs    per gate key: the active sign-off
 * @param waivers     per gate key: the active waiver
 * @param unavailable per gate kind: why its facts could not be gathered (host failure); those gates are ERROR
 */
public record ReadinessFacts(IssueFacts issue, Optional<PrdFacts> prd, List<IssueFacts> children, List<LinkedIssue> links,
                             Map<String, FieldValue> fields, Map<String, JqlOutcome> jql,
                             Optional<List<ExperimentDecisionFact>> experiments, Map<String, SignOffInfo> signOffs,
                             Map<String, WaiverInfo> waivers, Map<GateKind, String> unavailable) {
    public ReadinessFacts {
        Objects.requireNonNull(issue, "issue");
        prd = prd == null ? Optional.empty() : prd;
        children = children == null ? List.of() : List.copyOf(children);
        links = links == null ? List.of() : List.copyOf(links);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        jql = jql == null ? Map.of() : Map.copyOf(jql);
        experiments = experiments == null ? Optional.empty() : experiments.map(List::copyOf);
        signOffs = signOffs == null ? Map.of() : Map.copyOf(signOffs);
        waivers = waivers == null ? Map.of() : Map.copyOf(waivers);
        unavailable = unavailable == null ? Map.of() : Map.copyOf(unavailable);
    }

    /** Facts about an issue with nothing else known yet: add the rest with the {@code with...} methods. */
    public static ReadinessFacts of(IssueFacts issue) {
        return new ReadinessFacts(issue, Optional.empty(), List.of(), List.of(), Map.of(), Map.of(), Optional.empty(), Map.of(), Map.of(), Map.of());
    }

    public ReadinessFacts withPrd(PrdFacts value) {
        return new ReadinessFacts(issue, Optional.ofNullable(value), children, links, fields, jql, experiments, signOffs, waivers, unavailable);
    }

    public ReadinessFacts withChildren(List<IssueFacts> value) {
        return new ReadinessFacts(issue, prd, value, links, fields, jql, experiments, signOffs, waivers, unavailable);
    }

    public ReadinessFacts withLinks(List<LinkedIssue> value) {
        return new ReadinessFacts(issue, prd, children, value, fields, jql, experiments, signOffs, waivers, unavailable);
    }

    public ReadinessFacts withFields(Map<String, FieldValue> value) {
        return new ReadinessFacts(issue, prd, children, links, value, jql, experiments, signOffs, waivers, unavailable);
    }

    public ReadinessFacts withJql(Map<String, JqlOutcome> value) {
        return new ReadinessFacts(issue, prd, children, links, fields, value, experiments, signOffs, waivers, unavailable);
    }

    /** @param value the linked experiments, or null when the experiments capability is not available */
    public ReadinessFacts withExperiments(List<ExperimentDecisionFact> value) {
        return new ReadinessFacts(issue, prd, children, links, fields, jql, Optional.ofNullable(value), signOffs, waivers, unavailable);
    }

    public ReadinessFacts withSignOffs(Map<String, SignOffInfo> value) {
        return new ReadinessFacts(issue, prd, children, links, fields, jql, experiments, value, waivers, unavailable);
    }

    public ReadinessFacts withWaivers(Map<String, WaiverInfo> value) {
        return new ReadinessFacts(issue, prd, children, links, fields, jql, experiments, signOffs, value, unavailable);
    }

    public ReadinessFacts withUnavailable(Map<GateKind, String> value) {
        return new ReadinessFacts(issue, prd, children, links, fields, jql, experiments, signOffs, waivers, value);
    }
}
