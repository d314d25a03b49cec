package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.web.ErrorResponses;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.readiness.domain.LaunchGuard;
import io.prodops.governance.readiness.domain.ReadinessCache;
import io.prodops.governance.readiness.domain.ReadinessSnapshot;
import io.prodops.governance.readiness.domain.ValidationOutcome;
import io.prodops.governance.standalone.host.HostWorkflow;
import io.prodops.governance.standalone.host.HostWorkflow.Transition;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /rest/host/1.0/issues/{issueKey}/transitions}: the standalone host's workflow transitions (what Jira's own
 * transition screen and REST do). Launch runs exactly what the Jira modules run: the validator path
 * ({@link LaunchGuard#validate}; refused with 400 and the reasons, as Jira answers a failing validator), then the
 * post-function ({@link LaunchGuard#recordSnapshot}); every status change drops the readiness caches of the issue and
 * its parent, as the Jira issue-event listener does. The gate set is the one bound to the issue. Transitions need Edit
 * permission (Jira: Transition Issues).
 */
@Path("/issues/{issueKey}/transitions")
@Produces(MediaType.APPLICATION_JSON)
public final class HostTransitionResource {
    /** Under {@code /rest/host/1.0}: host endpoints are not part of the app's API. */
    public static final String BASE = "/rest/host/1.0";

    private final Access access;
    private final HostWorkflow workflow;
    private final LaunchGuard guard;
    private final ReadinessCache cache;

    public HostTransitionResource(Access access, HostWorkflow workflow, LaunchGuard guard, ReadinessCache cache) {
        this.access = access;
        this.workflow = workflow;
        this.guard = guard;
        this.cache = cache;
    }

    record TransitionOut(String id, String name, String to, boolean guarded) {
    }

    record TransitionsOut(String issueKey, String status, String statusCategory, boolean canTransition, List<TransitionOut> transitions) {
    }

    record GateOut(String key, String title, String status, String reason) {
    }

    record RefusedOut(String error, String message, List<GateOut> gates) {
    }

    record DoneOut(String issueKey, String status, String statusCategory, String warning, Long snapshotId) {
    }

    @GET
    @AnonymousSiteAccess
    public Response list(@PathParam("issueKey") String issueKey) {
        IssueFacts issue = access.requireBrowsable(issueKey);
        boolean canEdit = access.caller().isPresent() && canEdit(issue);
        return RestResponses.ok(new TransitionsOut(issue.key(), issue.status(), issue.statusCategory().name(), canEdit,
                workflow.available(issue).stream().map(t -> new TransitionOut(t.id(), t.name(), t.toStatus(), t.guarded())).toList()));
    }

    @POST
    @Path("/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @UnlicensedSiteAccess
    public Response transition(@PathParam("issueKey") String issueKey, @PathParam("transition") String transitionId, String body) {
        IssueFacts issue = access.requireEditable(issueKey);
        UserRef caller = access.requireUser();
        if (body != null && !body.isBlank()) {
            Json.readObject(body); // {} or nothing: a transition screen has no fields here
        }
        Transition transition = workflow.find(issue, transitionId).orElseThrow(() -> ValidationException.of("transition",
                "'" + transitionId + "' is not available from " + issue.status() + " (available: "
                        + workflow.available(issue).stream().map(Transition::id).toList() + ")"));
        String warning = null;
        if (transition.guarded()) {
            ValidationOutcome outcome = guard.validate(issue, null, Set.of(), caller, Locale.ENGLISH, null);
            if (!outcome.allowed()) {
                return refused(outcome);
            }
            warning = outcome.warning();
        }
        workflow.apply(issue, transition);
        cache.issueChanged(issue);
        Long snapshotId = null;
        if (transition.guarded()) {
            IssueFacts after = access.requireBrowsable(issue.key());
            snapshotId = guard.recordSnapshot(after, null, caller, transition.name()).map(ReadinessSnapshot::id).orElse(null);
        }
        return RestResponses.ok(new DoneOut(issue.key(), transition.toStatus(), transition.toCategory().name(), warning, snapshotId));
    }

    private static Response refused(ValidationOutcome outcome) {
        return Response.status(400).type(ErrorResponses.JSON).entity(Json.write(new RefusedOut("LAUNCH_BLOCKED", outcome.message(),
                outcome.failing().stream().map(g -> new GateOut(g.gateKey(), g.title(), g.status().name(), g.reason())).toList()))).build();
    }

    private boolean canEdit(IssueFacts issue) {
        try {
            access.requireEditable(issue.key());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
