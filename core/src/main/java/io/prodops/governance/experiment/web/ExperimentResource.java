package io.prodops.governance.experiment.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.QueryParams;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.experiment.domain.DesignInput;
import io.prodops.governance.experiment.domain.ExperimentService;
import io.prodops.governance.experiment.domain.ResultSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /issues/{issueKey}/experiment}: the experiment of an Experiment issue. Reads follow the issue's Browse
 * permission (anonymous callers only where the host's anonymous Browse covers the issue); designing, entering results
 * and deciding need Edit permission. Who may call is checked before the body is read (401/404/403 before 400);
 * {@link ExperimentService} does the work.
 */
@Path("/issues/{issueKey}/experiment")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class ExperimentResource {
    static final String TEXT_CSV = "text/csv";

    private final ExperimentService experiments;
    private final Access access;
    private final UserDirectory users;

    @Inject
    public ExperimentResource(ExperimentService experiments, Access access, UserDirectory users) {
        this.experiments = experiments;
        this.access = access;
        this.users = users;
    }

    @GET
    public Response get(@PathParam("issueKey") String issueKey) {
        return RestResponses.ok(ExperimentJson.experiment(experiments.get(issueKey), users));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        return RestResponses.created(ExperimentJson.experiment(experiments.create(issueKey, Json.read(body, DesignInput.class)), users));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        Integer revision = optionalInt(Json.readObject(body), "revision");
        return RestResponses.ok(ExperimentJson.experiment(experiments.updateDesign(issueKey, Json.read(body, DesignInput.class), revision), users));
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        ExperimentJson.StatusIn in = Json.read(body, ExperimentJson.StatusIn.class);
        return RestResponses.ok(ExperimentJson.experiment(experiments.changeStatus(issueKey, in.status(), in.revision()), users));
    }

    @POST
    @Path("/results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response results(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        ExperimentJson.ResultsIn in = Json.read(body, ExperimentJson.ResultsIn.class);
        ResultSource source;
        if (in.source() == null || in.source().equalsIgnoreCase("API")) {
            source = ResultSource.API;
        } else if (in.source().equalsIgnoreCase("UI")) {
            source = ResultSource.UI;
        } else {
            throw ValidationException.of("source", "must be UI or API (CSV files go to .../results/csv)");
        }
        return RestResponses.created(ExperimentJson.snapshot(experiments.addResults(issueKey, in.upload(), source), users));
    }

    @POST
    @Path("/results/csv")
    @Consumes(TEXT_CSV)
    public Response resultsCsv(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        return RestResponses.created(ExperimentJson.snapshot(experiments.addResultsCsv(issueKey, body), users));
    }

    @GET
    @Path("/results/history")
    public Response history(@PathParam("issueKey") String issueKey, @QueryParam("page") String page, @QueryParam("size") String size) {
        var snapshots = experiments.history(issueKey, PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size")));
        return RestResponses.ok(new ExperimentJson.HistoryOut(snapshots.items().stream().map(s -> ExperimentJson.snapshot(s, users)).toList(),
                snapshots.total(), snapshots.page(), snapshots.size()));
    }

    @GET
    @Path("/analysis")
    public Response analysis(@PathParam("issueKey") String issueKey) {
        return RestResponses.ok(ExperimentJson.analysis(experiments.analysis(issueKey), users));
    }

    /**
     * {@code {"decision", "rationale", "acknowledgeSrm"?, "revision"?}}: {@code acknowledgeSrm} is the reason to ship
     * despite a sample-ratio mismatch, as text (or {@code true} with the reason in {@code srmReason}).
     */
    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        ObjectNode in = Json.readObject(body);
        String decision = optionalText(in, "decision");
        String rationale = optionalText(in, "rationale");
        JsonNode ack = in.path("acknowledgeSrm");
        String reason;
        if (ack.isTextual()) {
            reason = ack.asText();
        } else if (ack.isBoolean() || ack.isMissingNode() || ack.isNull()) {
            reason = ack.asBoolean(false) ? optionalText(in, "srmReason") : null;
            if (ack.asBoolean(false) && (reason == null || reason.isBlank())) {
                throw ValidationException.of("srmReason", "give the reason to ship despite the sample-ratio mismatch");
            }
        } else {
            throw ValidationException.of("acknowledgeSrm", "must be the reason as text");
        }
        return RestResponses.ok(ExperimentJson.experiment(experiments.decide(issueKey, decision, rationale, reason, optionalInt(in, "revision")), users));
    }

    private static String optionalText(ObjectNode in, String field) {
        JsonNode node = in.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ValidationException.of(field, "must be text");
        }
        return node.asText();
    }

    private static Integer optionalInt(ObjectNode in, String field) {
        JsonNode node = in.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToInt()) {
            throw ValidationException.of(field, "must be a whole number");
        }
        return node.asInt();
    }
}
