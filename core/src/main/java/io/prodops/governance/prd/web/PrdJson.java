package io.prodops.governance.prd.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.prd.domain.Prd;
import io.prodops.governance.prd.domain.PrdSection;
import io.prodops.governance.prd.domain.PrdView;
import io.prodops.governance.prd.domain.Reviewer;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.domain.UpgradePlan;
import io.prodops.governance.prd.json.SectionContentJson;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the PRD endpoints (field names are the contract of issue 4; fields are only ever added). */
final class PrdJson {
    private PrdJson() {
    }

    record TemplateRef(String key, String name, int version, Integer latestVersion) {
    }

    record SectionOut(String key, String title, String kind, boolean required, JsonNode content, boolean filled, boolean archived,
                      int revision, UserJson updatedBy, String updatedAt, String guidance, List<String> columns, List<String> items,
                      List<String> roles) {
    }

    record ReviewerOut(UserJson user, String decision, String comment, String at, String requestedAt) {
    }

    record PrdOut(String issueKey, TemplateRef template, String status, int revision, double completeness, List<SectionOut> sections,
                  List<ReviewerOut> reviewers, UserJson createdBy, String createdAt, UserJson updatedBy, String updatedAt,
                  boolean canEdit, boolean canReview, boolean upgradeAvailable) {
    }

    record UpgradePreviewOut(int fromVersion, int toVersion, List<String> kept, List<String> archived, List<String> added) {
    }

    record HistoryItem(String at, UserJson user, String action, String summary, int changeCount) {
    }

    record HistoryOut(List<HistoryItem> items, long total, int page, int size) {
    }

    record CreateIn(String templateKey, Integer version) {
    }

    record SubmitIn(List<String> reviewers, Integer revision) {
    }

    record ReviewIn(io.prodops.governance.prd.domain.ReviewDecision decision, String comment) {
    }

    record UpgradeIn(Integer version, Integer revision) {
    }

    static PrdOut prd(PrdView view, UserDirectory users, SectionContentJson codec) {
        Prd prd = view.prd();
        RevisionInfo revision = prd.header().revision();
        TemplateRef template = new TemplateRef(prd.header().templateKey(),
                view.template() == null ? prd.header().templateKey() : view.template().template().name(),
                prd.header().templateVersion(), view.template() == null ? null : view.template().latestVersion());
        List<SectionOut> sections = prd.sections().stream().map(s -> section(s, view, users, codec)).toList();
        List<ReviewerOut> reviewers = prd.reviewers().stream().map(r -> reviewer(r, users)).toList();
        return new PrdOut(view.issue().key(), template, prd.header().status().name(), revision.revision(), prd.completeness(), sections,
                reviewers, user(prd.header().createdBy(), users), time(prd.header().createdAt()),
                user(revision.updatedBy(), users), time(revision.updatedAt()), view.canEdit(), view.canReview(), view.upgradeAvailable());
    }

    private static SectionOut section(PrdSection s, PrdView view, UserDirectory users, SectionContentJson codec) {
        TemplateSection definition = view.template() == null ? null : view.template().template().section(s.key()).orElse(null);
        return new SectionOut(s.key(), s.title(), s.kind().name(), s.required(), codec.toNode(s.content()), s.filled(), s.archived(),
                s.revision().revision(), user(s.revision().updatedBy(), users), time(s.revision().updatedAt()),
                definition == null ? null : definition.guidance(),
                definition == null ? List.of() : definition.columns(),
                definition == null ? List.of() : definition.items(),
                definition == null ? List.of() : definition.roles());
    }

    private static ReviewerOut reviewer(Reviewer r, UserDirectory users) {
        return new ReviewerOut(user(r.userKey(), users), r.decision() == null ? null : r.decision().name(), r.comment(),
                time(r.decidedAt()), time(r.requestedAt()));
    }

    static UpgradePreviewOut preview(UpgradePlan plan) {
        return new UpgradePreviewOut(plan.fromVersion(), plan.toVersion(), plan.kept(), plan.archived(), plan.added());
    }

    static HistoryItem history(AuditEntry e, UserDirectory users) {
        return new HistoryItem(time(e.occurredAt()), user(e.actorKey(), users), e.action(), e.summary(), e.changeCount());
    }

    private static UserJson user(String key, UserDirectory users) {
        return key == null ? null : UserJson.of(users.resolve(key));
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
