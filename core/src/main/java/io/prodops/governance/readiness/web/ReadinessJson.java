package io.prodops.governance.readiness.web;

import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.readiness.domain.GateResult;
import io.prodops.governance.readiness.domain.IssueMention;
import io.prodops.governance.readiness.domain.ReadinessMessages;
import io.prodops.governance.readiness.domain.ReadinessService;
import io.prodops.governance.readiness.domain.ReadinessView;

import java.time.Instant;
import java.util.List;

/**
 * The JSON of {@code /issues/{issueKey}/readiness} (docs/rest-conventions.md). Reasons and evidence are already
 * rendered for the caller, naming only issues they may browse; {@code reasonKey} is the message key (never its
 * arguments, which could name hidden issues), for clients that style reasons by kind.
 */
final class ReadinessJson {
    private ReadinessJson() {
    }

    record NoteIn(String note) {
    }

    record ReasonIn(String reason) {
    }

    record GatesetOut(String key, String name, int version) {
    }

    record IssueOut(String key, String summary) {
    }

    record TextOut(String text, List<IssueOut> issues) {
    }

    record GateOut(String key, String title, String kind, boolean required, String status, String reason, String reasonKey,
                   List<TextOut> evidence, String group, UserJson signedOffBy, String signedOffAt, String signOffNote,
                   UserJson waivedBy, String waivedAt, String waiverReason, boolean canSignOff, boolean canWaive) {
    }

    record ReadinessOut(String issueKey, boolean ready, GatesetOut gateset, String evaluatedAt, List<GateOut> gates) {
    }

    record SnapshotGateOut(String key, String title, String kind, boolean required, String status, String reason, UserJson signedOffBy,
                           UserJson waivedBy, String waiverReason) {
    }

    record SnapshotOut(long id, String takenAt, UserJson user, String transition, GatesetOut gateset, boolean ready, String evaluatedAt,
                       List<SnapshotGateOut> gates) {
    }

    record SnapshotsOut(List<SnapshotOut> items, long total, int page, int size) {
    }

    static ReadinessOut readiness(ReadinessView view, UserDirectory users) {
        return new ReadinessOut(view.issue().key(), view.evaluation().ready(),
                new GatesetOut(view.gateSet().key(), view.gateSet().name(), view.gateSet().version()),
                time(view.evaluation().evaluatedAt()), view.gates().stream().map(g -> gate(g, users)).toList());
    }

    private static GateOut gate(ReadinessView.GateView g, UserDirectory users) {
        GateResult r = g.result();
        return new GateOut(r.gateKey(), r.title(), r.kind().name(), r.required(), r.status().name(),
                g.reason() == null ? null : g.reason().text(), r.reason() == null ? null : r.reason().key(),
                g.evidence().stream().map(ReadinessJson::text).toList(), g.group(),
                r.signedOff() == null ? null : UserJson.of(users.resolve(r.signedOff().userKey())),
                r.signedOff() == null ? null : time(r.signedOff().signedAt()), r.signedOff() == null ? null : r.signedOff().note(),
                r.waiver() == null ? null : UserJson.of(users.resolve(r.waiver().userKey())),
                r.waiver() == null ? null : time(r.waiver().waivedAt()), r.waiver() == null ? null : r.waiver().reason(),
                g.canSignOff(), g.canWaive());
    }

    /** ISO-8601 in UTC, like every timestamp of the API. */
    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    private static TextOut text(ReadinessMessages.Rendered rendered) {
        return new TextOut(rendered.text(), rendered.issues().stream().map(ReadinessJson::issue).toList());
    }

    private static IssueOut issue(IssueMention m) {
        return new IssueOut(m.key(), m.summary());
    }

    static SnapshotsOut snapshots(Page<ReadinessService.SnapshotView> page, UserDirectory users) {
        return new SnapshotsOut(page.items().stream().map(s -> snapshot(s, users)).toList(), page.total(), page.page(), page.size());
    }

    private static SnapshotOut snapshot(ReadinessService.SnapshotView s, UserDirectory users) {
        var e = s.snapshot().evaluation();
        return new SnapshotOut(s.snapshot().id(), time(s.snapshot().takenAt()), UserJson.of(s.user()), s.snapshot().transitionName(),
                new GatesetOut(e.gatesetKey(), null, e.version()), e.ready(), time(e.evaluatedAt()),
                s.gates().stream().map(g -> new SnapshotGateOut(g.result().gateKey(), g.result().title(), g.result().kind().name(),
                        g.result().required(), g.result().status().name(), g.reason() == null ? null : g.reason().text(),
                        g.result().signedOff() == null ? null : UserJson.of(users.resolve(g.result().signedOff().userKey())),
                        g.result().waiver() == null ? null : UserJson.of(users.resolve(g.result().waiver().userKey())),
                        g.result().waiver() == null ? null : g.result().waiver().reason())).toList());
    }
}
