package io.prodops.governance.readiness.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.ConfigRequests;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.GateSetService;
import io.prodops.governance.readiness.web.GateSetJson.BindingsInput;
import io.prodops.governance.readiness.web.GateSetJson.GateSetInput;
import io.prodops.governance.readiness.web.GateSetJson.ImportInput;
import io.prodops.governance.readiness.web.GateSetJson.PublishInput;
import io.prodops.governance.readiness.web.GateSetJson.RevisionInput;
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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static io.prodops.governance.common.web.ConfigRequests.limited;
import static io.prodops.governance.common.web.ConfigRequests.pageRequest;
import static io.prodops.governance.common.web.ConfigRequests.parseVersion;
import static io.prodops.governance.common.web.ConfigRequests.revision;

/**
 * {@code /gatesets}: readiness gate sets and their bindings to projects, with the same endpoints and semantics as
 * {@code /templates}. Ops managers manage them; everyone logged in lists and reads published ones. {@code export},
 * {@code import} and {@code bindings} are literal paths, matched before {@code /gatesets/{key}} (keys are upper-case).
 * Who may call what is in docs/rest-conventions.md; the service enforces it.
 */
@Path("/gatesets")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class GateSetResource {
    /** 50 gates with 4 KB queries fit with room to spare. */
    static final int BODY_MAX = 1024 * 1024;
    static final int IMPORT_BODY_MAX = 16 * 1024 * 1024;

    private final GateSetService gateSets;
    private final GateSetJson.Writer json;
    private final Clock clock;

    @Inject
    public GateSetResource(GateSetService gateSets, UserDirectory users, Clock clock) {
        this.gateSets = gateSets;
        this.json = new GateSetJson.Writer(users);
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return RestResponses.ok(json.summaries(gateSets.list(pageRequest(page, size))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        gateSets.requireManager(); // who may call comes before what was sent
        GateSetInput input = Json.read(limited(body, BODY_MAX), GateSetInput.class);
        return RestResponses.created(json.draft(gateSets.create(GateSetJson.toDomain(input, ""))));
    }

    @GET
    @Path("bindings")
    public Response bindings() {
        return RestResponses.ok(json.bindings(gateSets.bindings()));
    }

    @PUT
    @Path("bindings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveBindings(String body) {
        gateSets.requireManager();
        BindingsInput input = Json.read(limited(body, BODY_MAX), BindingsInput.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.bindings(gateSets.saveBindings(GateSetJson.bindings(input), revision)));
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("key") String key) {
        return RestResponses.ok(json.export(gateSets.export(key == null || key.isEmpty() ? null : key), clock.instant()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importGateSets(String body) {
        gateSets.requireManager();
        ImportInput input = Json.read(limited(body, IMPORT_BODY_MAX), ImportInput.class);
        if (input.gatesets() == null) {
            throw ValidationException.of("gatesets", "is required: send an export document {\"gatesets\": [...]}");
        }
        List<GateSet> imported = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.gatesets().size(); i++) {
            GateSetInput s = input.gatesets().get(i);
            if (s == null) {
                errors.add(FieldError.of("gatesets[" + i + "]", "is required"));
            } else {
                imported.add(GateSetJson.toDomain(s, "gatesets[" + i + "].", errors));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return RestResponses.ok(json.imported(gateSets.importGateSets(imported)));
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        return RestResponses.ok(gateSets.isManager() ? json.draft(gateSets.draft(key)) : json.version(gateSets.latest(key)));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveDraft(@PathParam("key") String key, String body) {
        gateSets.requireManager();
        GateSetInput input = Json.read(limited(body, BODY_MAX), GateSetInput.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.draft(gateSets.saveDraft(key, GateSetJson.toDomain(input, ""), revision)));
    }

    @POST
    @Path("{key}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("key") String key, String body) {
        gateSets.requireManager();
        PublishInput input = Json.read(limited(body, BODY_MAX), PublishInput.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.draft(gateSets.publish(key, input.note(), revision)));
    }

    @POST
    @Path("{key}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retire(@PathParam("key") String key, String body) {
        gateSets.requireManager();
        RevisionInput input = Json.read(limited(body, BODY_MAX), RevisionInput.class);
        return RestResponses.ok(json.draft(gateSets.retire(key, revision(input.revision()))));
    }

    @POST
    @Path("{key}/unretire")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unretire(@PathParam("key") String key, String body) {
        gateSets.requireManager();
        RevisionInput input = Json.read(limited(body, BODY_MAX), RevisionInput.class);
        return RestResponses.ok(json.draft(gateSets.unretire(key, revision(input.revision()))));
    }

    @GET
    @Path("{key}/versions")
    public Response versions(@PathParam("key") String key, @QueryParam("page") String page, @QueryParam("size") String size) {
        return RestResponses.ok(json.versions(gateSets.versions(key, pageRequest(page, size))));
    }

    @GET
    @Path("{key}/versions/{version}")
    public Response version(@PathParam("key") String key, @PathParam("version") String version) {
        Integer n = parseVersion(version);
        return RestResponses.ok(json.version(gateSets.version(key, n == null ? 0 : n))); // no version 0: 404 like any missing one
    }

    /** {@code from} and {@code to}: a published version number or {@code draft}. */
    @GET
    @Path("{key}/diff")
    public Response diff(@PathParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to) {
        Integer[] versions = ConfigRequests.diffVersions(from, to);
        return RestResponses.ok(json.diff(key, versions[0], versions[1], gateSets.diff(key, versions[0], versions[1])));
    }
}
