package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.prd.domain.PrdService;
import io.prodops.governance.prd.domain.PrdView;
import io.prodops.governance.prd.domain.ReviewDecision;
import io.prodops.governance.prd.domain.StandardPrdTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Demo PRDs in every status, written through the same {@link PrdService} a person uses (as admin, who edits the ATL
 * and SEC projects; olga and vic review). They sit in ATL and SEC so that PHX and NOVA stay free for trying the
 * create flow. Runs once, right after the demo issues were created.
 */
public final class DemoPrds {
    private final PrdService prds;
    private final RequestCurrentUser currentUser;
    private final UserDirectory users;
    private final IssueDirectory issues;

    public DemoPrds(PrdService prds, RequestCurrentUser currentUser, UserDirectory users, IssueDirectory issues) {
        this.prds = prds;
        this.currentUser = currentUser;
        this.users = users;
        this.issues = issues;
    }

    public void seed() {
        UserRef admin = user("admin");
        UserRef olga = user("JIRAUSER10100");
        UserRef vic = user("JIRAUSER10102");
        List<IssueFacts> atlEpics = issues.search("project = ATL AND issuetype = Epic", 0, 10, Optional.empty()).issues();
        try {
            // ATL-1: APPROVED by olga
            PrdView approved = filled(admin, "ATL-1", true);
            submit(admin, approved, olga);
            as(olga).review("ATL-1", ReviewDecision.APPROVE, "Clear goals and measurable targets. Approved.");
            // first ATL epic: IN_REVIEW with olga and vic
            PrdView inReview = filled(admin, atlEpics.get(0).key(), true);
            submit(admin, inReview, olga, vic);
            as(olga).review(inReview.issue().key(), ReviewDecision.APPROVE, "Looks good to me.");
            // second ATL epic: CHANGES_REQUESTED by olga
            PrdView changes = filled(admin, atlEpics.get(1).key(), false);
            submit(admin, changes, olga);
            as(olga).review(changes.issue().key(), ReviewDecision.REQUEST_CHANGES, "Please add success metrics with baselines before we review again.");
            // SEC-1: DRAFT, just started
            as(admin).create("SEC-1", StandardPrdTemplate.KEY, null);
        } finally {
            currentUser.clear();
        }
    }

    /** A filled PRD written by {@code author} and approved by {@code reviewer} (the launch demo's initiatives). */
    public void approved(UserRef author, String issueKey, UserRef reviewer) {
        try {
            PrdView prd = filled(author, issueKey, true);
            submit(author, prd, reviewer);
            as(reviewer).review(issueKey, ReviewDecision.APPROVE, "Ready for launch.");
        } finally {
            currentUser.clear();
        }
    }

    private PrdView filled(UserRef author, String issueKey, boolean withMetrics) {
        PrdService service = as(author);
        PrdView prd = service.create(issueKey, StandardPrdTemplate.KEY, null);
        String key = prd.issue().key();
        service.updateSection(key, "target-release", "\"" + java.time.LocalDate.now().plusDays(75) + "\"", 1);
        service.updateSection(key, "people", "{\"Owner\":[\"admin\"],\"Designer\":[\"JIRAUSER10100\"],\"Engineering\":[],\"QA\":[]}", 1);
        service.updateSection(key, "goals", "\"<p>Make " + escape(prd.issue().summary()) + " measurably better for customers.</p><ul><li>Fewer support tickets</li><li>Faster time to value</li></ul>\"", 1);
        service.updateSection(key, "background", "\"<p>Customers asked for this in the last two research rounds; it supports this year's platform strategy.</p>\"", 1);
        service.updateSection(key, "requirements", "[[\"1\",\"Core flow\",\"As a customer I want the core flow to work end to end so that I can finish my task\",\"Must have\",\"\"],"
                + "[\"2\",\"Audit trail\",\"As an admin I want changes recorded so that I can answer auditors\",\"Should have\",\"Reuse the audit log\"]]", 1);
        if (withMetrics) {
            service.updateSection(key, "success-metrics", "[{\"name\":\"Task completion rate\",\"baseline\":\"71%\",\"target\":\"80%\",\"actual\":\"\"}]", 1);
        }
        return service.get(key);
    }

    private void submit(UserRef author, PrdView prd, UserRef... reviewers) {
        as(author).submit(prd.issue().key(), java.util.Arrays.stream(reviewers).map(UserRef::key).toList(), prd.prd().header().revision().revision());
    }

    private PrdService as(UserRef user) {
        currentUser.bind(user);
        return prds;
    }

    private UserRef user(String key) {
        return users.findByKey(key).orElseThrow(() -> new IllegalStateException("demo user " + key + " missing"));
    }

    private static String escape(String text) {
        return text.replace("\\", "").replace("\"", "").replace("<", "").replace(">", "");
    }
}
