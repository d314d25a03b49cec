package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Gathers the {@link ReadinessFacts} of one issue for one gate-set version, with full visibility (decisions must not
 * depend on who looks), fetching only what the version's gates need. Its cost does not grow with the number of gates:
 * at most one PRD load (3 queries), one query for sign-offs and waivers, one field look-up for all FIELD_SET gates,
 * children and JQL outcomes from {@link ReadinessCache} (a search at most once per issue and query in the cache's
 * window; a JQL search fetches at most maxResults + 1 hits), plus one host look-up per linked issue.
 * A host failure while gathering one kind of fact makes the gates of that kind ERROR (fail closed), not the evaluation.
 */
@Named
public class ReadinessFactsCollector {
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessFactsCollector.class);

    private final IssueDirectory issues;
    private final PrdFactsSource prds;
    private final IssueFieldValues fields;
    private final ExperimentDecisions experiments;
    private final GateApprovalRepository approvals;
    private final ReadinessCache cache;

    @Inject
    public ReadinessFactsCollector(IssueDirectory issues, PrdFactsSource prds, IssueFieldValues fields, ExperimentDecisions experiments,
                                   GateApprovalRepository approvals, ReadinessCache cache) {
        this.issues = issues;
        this.prds = prds;
        this.fields = fields;
        this.experiments = experiments;
        this.approvals = approvals;
        this.cache = cache;
    }

    public ReadinessFacts collect(GateSetVersion set, IssueFacts issue) {
        Set<GateKind> kinds = EnumSet.noneOf(GateKind.class);
        set.gates().forEach(g -> kinds.add(g.kind()));
        Map<GateKind, String> unavailable = new EnumMap<>(GateKind.class);
        ReadinessFacts facts = ReadinessFacts.of(issue);

        if (kinds.contains(GateKind.PRD_APPROVED) || kinds.contains(GateKind.PRD_COMPLETE)) {
            Optional<PrdFacts> prd = gather(unavailable, List.of(GateKind.PRD_APPROVED, GateKind.PRD_COMPLETE), issue, "PRD",
                    () -> prds.prdOf(issue.id()));
            facts = facts.withPrd(prd == null ? null : prd.orElse(null));
        }
        if (kinds.contains(GateKind.CHILDREN_DONE)) {
            List<IssueFacts> children = gather(unavailable, List.of(GateKind.CHILDREN_DONE), issue, "children",
                    () -> cache.searches(issue.id()).children(() -> issues.children(issue.id())));
            facts = facts.withChildren(children == null ? List.of() : children);
        }
        if (kinds.contains(GateKind.LINKS_RESOLVED)) {
            List<LinkedIssue> links = gather(unavailable, List.of(GateKind.LINKS_RESOLVED), issue, "links", () -> linkedIssues(issue));
            facts = facts.withLinks(links == null ? List.of() : links);
        }
        if (kinds.contains(GateKind.FIELD_SET)) {
            Set<String> fieldIds = new LinkedHashSet<>();
            set.gates().forEach(g -> {
                if (g.params() instanceof FieldSetParams p && p.field() != null) {
                    fieldIds.add(p.field());
                }
            });
            Map<String, FieldValue> values = gather(unavailable, List.of(GateKind.FIELD_SET), issue, "fields",
                    () -> fields.values(issue, fieldIds));
            facts = facts.withFields(values == null ? Map.of() : values);
        }
        if (kinds.contains(GateKind.JQL_MATCH)) {
            Map<String, JqlOutcome> outcomes = new HashMap<>();
            set.gates().forEach(g -> {
                if (g.params() instanceof JqlMatchParams p) {
                    outcomes.put(g.key(), jql(issue, p));
                }
            });
            facts = facts.withJql(outcomes);
        }
        if (kinds.contains(GateKind.EXPERIMENTS_DECIDED)) {
            Optional<List<ExperimentDecisionFact>> decided = gather(unavailable, List.of(GateKind.EXPERIMENTS_DECIDED), issue, "experiments",
                    () -> experiments.decisionsInforming(issue.id()));
            facts = facts.withExperiments(decided == null ? List.of() : decided.orElse(null));
        }
        Map<String, SignOffInfo> signOffs = new HashMap<>();
        Map<String, WaiverInfo> waivers = new HashMap<>();
        for (GateApproval approval : approvals.active(issue.id(), set.key())) { // oldest first: the latest of a kind wins
            if (approval.kind() == GateApproval.Kind.SIGN_OFF) {
                signOffs.put(approval.gateKey(), new SignOffInfo(approval.userKey(), approval.grantedAt(), approval.note()));
            } else {
                waivers.put(approval.gateKey(), new WaiverInfo(approval.userKey(), approval.grantedAt(), approval.note()));
            }
        }
        return facts.withSignOffs(signOffs).withWaivers(waivers).withUnavailable(unavailable);
    }

    private List<LinkedIssue> linkedIssues(IssueFacts issue) {
        List<LinkedIssue> out = new ArrayList<>();
        for (IssueLinkFacts link : issues.links(issue.id())) {
            out.add(new LinkedIssue(link, issues.findById(link.otherIssueId()).orElse(null))); // deleted: null
        }
        return out;
    }

    /**
     * Match mode asks for the issue itself inside the query ({@code key = X AND (jql)}, one hit at most); count mode
     * fills in the issue key and fetches maxResults + 1 hits, enough to tell "at most N" from "more".
     */
    private JqlOutcome jql(IssueFacts issue, JqlMatchParams p) {
        if (p.jql() == null || p.jql().isBlank()) {
            return JqlOutcome.failed("the gate has no query");
        }
        String filled = p.jql().replace(JqlMatchParams.ISSUE_KEY_PLACEHOLDER, issue.key());
        try {
            return cache.searches(issue.id()).jql(filled, p.maxResults(), () -> {
                try {
                    if (p.countMode()) {
                        SearchPage page = issues.search(filled, 0, p.maxResults() + 1, Optional.empty());
                        return JqlOutcome.counted(page.issues().size(), page.issues());
                    }
                    SearchPage page = issues.search("key = " + issue.key() + " AND (" + filled + ")", 0, 1, Optional.empty());
                    return JqlOutcome.issueMatches(!page.issues().isEmpty());
                } catch (IssueDirectory.InvalidQueryException e) {
                    return JqlOutcome.failed(e.getMessage()); // cached: the query stays invalid until the gate set changes
                }
            });
        } catch (RuntimeException e) { // a host failure is not cached: the next evaluation tries again
            LOG.warn("Readiness: the JQL query of a gate failed on {}: {}", issue.key(), e.toString());
            return JqlOutcome.failed("the search failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Runs a host look-up; on failure records why for the gate kinds that need it (they become ERROR) and returns null. */
    private <T> T gather(Map<GateKind, String> unavailable, List<GateKind> kinds, IssueFacts issue, String what, Supplier<T> lookUp) {
        try {
            return lookUp.get();
        } catch (RuntimeException e) {
            LOG.warn("Readiness: could not read the {} of {}: {}", what, issue.key(), e.toString());
            String reason = "could not read the " + what + " (" + e.getClass().getSimpleName() + ")";
            kinds.forEach(k -> unavailable.put(k, reason));
            return null;
        }
    }
}
