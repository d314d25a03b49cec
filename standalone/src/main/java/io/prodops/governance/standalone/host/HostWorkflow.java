package io.prodops.governance.standalone.host;

import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.StatusCategory;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The standalone host's one simple workflow (a stand-in for a Jira workflow, deliberately small): Start progress,
 * Done, Reopen, and for initiatives Launch instead of Done, which the readiness validator guards. The host
 * only knows which transitions exist and writes the status; what guards Launch is core's
 * {@link io.prodops.governance.readiness.domain.LaunchGuard}, called by the transition endpoint.
 */
public final class HostWorkflow {
    /** Issue types whose way to Done is Launch. */
    public static final Set<String> LAUNCHED_TYPES = Set.of("initiative");
    public static final String LAUNCH = "launch";

    public record Transition(String id, String name, String toStatus, StatusCategory toCategory, boolean guarded) {
    }

    public static final Transition START = new Transition("start", "Start progress", "In Progress", StatusCategory.IN_PROGRESS, false);
    public static final Transition DONE = new Transition("done", "Done", "Done", StatusCategory.DONE, false);
    public static final Transition LAUNCH_TRANSITION = new Transition(LAUNCH, "Launch", "Launched", StatusCategory.DONE, true);
    public static final Transition REOPEN = new Transition("reopen", "Reopen", "In Progress", StatusCategory.IN_PROGRESS, false);

    private final HostDatabase db;

    public HostWorkflow(HostDatabase db) {
        this.db = db;
    }

    /** The transitions the issue's status allows. */
    public List<Transition> available(IssueFacts issue) {
        List<Transition> out = new ArrayList<>();
        boolean launched = issue.issueType() != null && LAUNCHED_TYPES.contains(issue.issueType().toLowerCase(Locale.ROOT));
        switch (issue.statusCategory()) {
            case TO_DO -> {
                out.add(START);
                out.add(launched ? LAUNCH_TRANSITION : DONE);
            }
            case IN_PROGRESS -> out.add(launched ? LAUNCH_TRANSITION : DONE);
            case DONE -> out.add(REOPEN);
        }
        return out;
    }

    public Optional<Transition> find(IssueFacts issue, String transitionId) {
        return available(issue).stream().filter(t -> t.id().equalsIgnoreCase(transitionId)).findFirst();
    }

    public void apply(IssueFacts issue, Transition transition) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE HOST_ISSUE SET STATUS = ?, STATUS_CATEGORY = ? WHERE ID = ?")) {
                s.setString(1, transition.toStatus());
                s.setString(2, transition.toCategory().name());
                s.setLong(3, issue.id());
                s.executeUpdate();
            }
            return null;
        });
    }
}
