package io.prodops.governance.readiness.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.QueryParams;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.readiness.domain.ReadinessService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /issues/{issueKey}/readiness}: the launch readiness of an issue against its bound gate set (or
 * {@code ?gateset=}), sign-offs, waivers and the snapshots recorded at transitions. Reads follow Browse permission;
 * sign-offs need the gate's group (or the ops role), waivers the ops role. Who may call is checked before the body
 * is read (401, 404, 403 before 400); {@link ReadinessService} does the work.
 */
@Path("/issues/{issueKey}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@AnonymousSiteAccess
public class ReadinessResource {
    private final ReadinessService readiness;
    private final UserDirectory users;

    @Inject
    public ReadinessResource(ReadinessService readiness, UserDirectory users) {
        this.readiness = readiness;
        this.users = users;
    }

    @GET
    public Response get(@PathParam("issueKey") String issueKey, @QueryParam("gateset") String gateset) {
        return RestResponses.ok(ReadinessJson.readiness(readiness.evaluate(issueKey, gateset), users));
    }

    @POST
    @Path("/signoffs/{gateKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signOff(@PathParam("issueKey") String issueKey, @PathParam("gateKey") String gateKey, @QueryParam("gateset") String gateset,
                            String body) {
        readiness.checkMaySignOff(issueKey, gateset, gateKey);
        String note = Json.read(body, ReadinessJson.NoteIn.class).note();
        return RestResponses.ok(ReadinessJson.readiness(readiness.signOff(issueKey, gateset, gateKey, note), users));
    }

    /** The body ({@code {"note"}}) is optional. */
    @DELETE
    @Path("/signoffs/{gateKey}")
    public Response revokeSignOff(@PathParam("issueKey") String issueKey, @PathParam("gateKey") String gateKey, @QueryParam("gateset") String gateset,
                                  String body) {
        readiness.checkMaySignOff(issueKey, gateset, gateKey);
        return RestResponses.ok(ReadinessJson.readiness(readiness.revokeSignOff(issueKey, gateset, gateKey, optionalNote(body)), users));
    }

    @POST
    @Path("/waivers/{gateKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response waive(@PathParam("issueKey") String issueKey, @PathParam("gateKey") String gateKey, @QueryParam("gateset") String gateset,
                          String body) {
        readiness.checkMayWaive(issueKey, gateset, gateKey);
        String reason = Json.read(body, ReadinessJson.ReasonIn.class).reason();
        return RestResponses.ok(ReadinessJson.readiness(readiness.waive(issueKey, gateset, gateKey, reason), users));
    }

    @DELETE
    @Path("/waivers/{gateKey}")
    public Response revokeWaiver(@PathParam("issueKey") String issueKey, @PathParam("gateKey") String gateKey, @QueryParam("gateset") String gateset,
                                 String body) {
        readiness.checkMayWaive(issueKey, gateset, gateKey);
        return RestResponses.ok(ReadinessJson.readiness(readiness.revokeWaiver(issueKey, gateset, gateKey, optionalNote(body)), users));
    }

    @GET
    @Path("/snapshots")
    public Response snapshots(@PathParam("issueKey") String issueKey, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(QueryParams.integer(page, "page"), QueryParams.integer(size, "size"));
        return RestResponses.ok(ReadinessJson.snapshots(readiness.snapshots(issueKey, request), users));
    }

    private static String optionalNote(String body) {
        return body == null || body.isBlank() ? null : Json.read(body, ReadinessJson.NoteIn.class).note();
    }
}
