package io.prodops.governance.prd.web;

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
import io.prodops.governance.prd.domain.PrdService;
import io.prodops.governance.prd.json.SectionContentJson;
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
 * {@code /issues/{issueKey}/prd}: the PRD of a Jira issue. Reads follow the issue's Browse permission (anonymous
 * callers only where Jira's anonymous Browse covers the issue), changes need Edit permission, reviews a named
 * reviewer; {@link io.prodops.governance.common.domain.Access} decides, {@link PrdService} does the work.
 */
@Path("/issues/{issueKey}/prd")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class PrdResource {
    private final PrdService prds;
    private final Access access;
    private final UserDirectory users;
    private final SectionContentJson codec;

    @Inject
    public PrdResource(PrdService prds, Access access, UserDirectory users, SectionContentJson codec) {
        this.prds = prds;
        this.access = access;
        this.users = users;
        this.codec = codec;
    }

    @GET
    public Response get(@PathParam("issueKey") String issueKey) {
        return RestResponses.ok(PrdJson.prd(prds.get(issueKey), users, codec));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey); // who may call comes before what they sent (401/404/403 before 400)
        PrdJson.CreateIn in = Json.read(body, PrdJson.CreateIn.class);
        return RestResponses.created(PrdJson.prd(prds.create(issueKey, in.templateKey(), in.version()), users, codec));
    }

    @PUT
    @Path("/sections/{sectionKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateSection(@PathParam("issueKey") String issueKey, @PathParam("sectionKey") String sectionKey, String body) {
        access.requireEditable(issueKey);
        ObjectNode in = Json.readObject(body);
        if (!in.has("content")) {
            throw ValidationException.of("content", "is required");
        }
        JsonNode revision = in.path("revision");
        if (!revision.isMissingNode() && !revision.isNull() && !revision.canConvertToExactIntegral()) {
            throw ValidationException.of("revision", "must be a whole number");
        }
        Integer base = revision.isMissingNode() || revision.isNull() ? null : revision.asInt();
        return RestResponses.ok(PrdJson.prd(prds.updateSection(issueKey, sectionKey, in.get("content").toString(), base), users, codec));
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        PrdJson.SubmitIn in = Json.read(body, PrdJson.SubmitIn.class);
        return RestResponses.ok(PrdJson.prd(prds.submit(issueKey, in.reviewers(), in.revision()), users, codec));
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response review(@PathParam("issueKey") String issueKey, String body) {
        access.requireBrowsable(issueKey);
        access.requireUser();
        PrdJson.ReviewIn in = Json.read(body, PrdJson.ReviewIn.class);
        return RestResponses.ok(PrdJson.prd(prds.review(issueKey, in.decision(), in.comment()), users, codec));
    }

    @GET
    @Path("/upgrade-preview")
    public Response upgradePreview(@PathParam("issueKey") String issueKey, @QueryParam("version") String version) {
        return RestResponses.ok(PrdJson.preview(prds.upgradePreview(issueKey, QueryParams.integer(version, "version"))));
    }

    @POST
    @Path("/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upgrade(@PathParam("issueKey") String issueKey, String body) {
        access.requireEditable(issueKey);
        PrdJson.UpgradeIn in = Json.read(body, PrdJson.UpgradeIn.class);
        return RestResponses.ok(PrdJson.prd(prds.upgrade(issueKey, in.version(), in.revision()), users, codec));
    }

    @GET
    @Path("/history")
    public Response history(@PathParam("issueKey") String issueKey, @QueryParam("page") String page, @QueryParam("size") String size) {
        var entries = prds.history(issueKey, PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size")));
        return RestResponses.ok(new PrdJson.HistoryOut(entries.items().stream().map(e -> PrdJson.history(e, users)).toList(),
                entries.total(), entries.page(), entries.size()));
    }
}
