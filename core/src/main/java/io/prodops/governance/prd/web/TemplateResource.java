package io.prodops.governance.prd.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.ConfigRequests;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.TemplateService;
import io.prodops.governance.prd.web.TemplateJson.ImportInput;
import io.prodops.governance.prd.web.TemplateJson.PublishInput;
import io.prodops.governance.prd.web.TemplateJson.RevisionInput;
import io.prodops.governance.prd.web.TemplateJson.TemplateInput;
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
 * {@code /templates}: PRD templates. Ops managers manage them (drafts, publish, retire, versions, diff, export,
 * import); everyone logged in lists and reads published ones (the PRD template picker, a PRD's guidance). The
 * table of who may call what is in docs/rest-conventions.md; the service enforces it. {@code /templates/export} and
 * {@code /templates/import} are literal paths, which JAX-RS matches before {@code /templates/{key}} (and a template
 * key is upper-case, so it can never be "export").
 */
@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class TemplateResource {
    /** Bodies of single-template writes: 60 sections of 64 KB starter content fit with room to spare. */
    static final int TEMPLATE_BODY_MAX = 8 * 1024 * 1024;
    static final int IMPORT_BODY_MAX = 64 * 1024 * 1024;

    private final TemplateService templates;
    private final TemplateJson.Writer json;
    private final Clock clock;

    @Inject
    public TemplateResource(TemplateService templates, UserDirectory users, Clock clock) {
        this.templates = templates;
        this.json = new TemplateJson.Writer(users);
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return RestResponses.ok(json.summaries(templates.list(pageRequest(page, size))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        templates.requireManager(); // who may call comes before what was sent
        TemplateInput input = Json.read(limited(body, TEMPLATE_BODY_MAX), TemplateInput.class);
        return RestResponses.created(json.draft(templates.create(TemplateJson.toDomain(input))));
    }

    @GET
    @Path("export")
    public Response export(@QueryParam("key") String key) {
        return RestResponses.ok(json.export(templates.export(key == null || key.isEmpty() ? null : key), clock.instant()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importTemplates(String body) {
        templates.requireManager(); // who may call comes before what was sent
        ImportInput input = Json.read(limited(body, IMPORT_BODY_MAX), ImportInput.class);
        if (input.templates() == null) {
            throw ValidationException.of("templates", "is required: send an export document {\"templates\": [...]}");
        }
        List<PrdTemplate> imported = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.templates().size(); i++) {
            TemplateInput t = input.templates().get(i);
            if (t == null) {
                errors.add(FieldError.of("templates[" + i + "]", "is required"));
            } else {
                imported.add(TemplateJson.toDomain(t));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return RestResponses.ok(json.imported(templates.importTemplates(imported)));
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        return RestResponses.ok(templates.isManager() ? json.draft(templates.draft(key)) : json.version(templates.latest(key)));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveDraft(@PathParam("key") String key, String body) {
        templates.requireManager(); // who may call comes before what was sent
        TemplateInput input = Json.read(limited(body, TEMPLATE_BODY_MAX), TemplateInput.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.draft(templates.saveDraft(key, TemplateJson.toDomain(input), revision)));
    }

    @POST
    @Path("{key}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("key") String key, String body) {
        templates.requireManager(); // who may call comes before what was sent
        PublishInput input = Json.read(limited(body, TEMPLATE_BODY_MAX), PublishInput.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.draft(templates.publish(key, input.note(), revision)));
    }

    @POST
    @Path("{key}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retire(@PathParam("key") String key, String body) {
        templates.requireManager(); // who may call comes before what was sent
        RevisionInput input = Json.read(limited(body, TEMPLATE_BODY_MAX), RevisionInput.class);
        return RestResponses.ok(json.draft(templates.retire(key, revision(input.revision()))));
    }

    @POST
    @Path("{key}/unretire")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unretire(@PathParam("key") String key, String body) {
        templates.requireManager(); // who may call comes before what was sent
        RevisionInput input = Json.read(limited(body, TEMPLATE_BODY_MAX), RevisionInput.class);
        return RestResponses.ok(json.draft(templates.unretire(key, revision(input.revision()))));
    }

    @GET
    @Path("{key}/versions")
    public Response versions(@PathParam("key") String key, @QueryParam("page") String page, @QueryParam("size") String size) {
        return RestResponses.ok(json.versions(templates.versions(key, pageRequest(page, size))));
    }

    @GET
    @Path("{key}/versions/{version}")
    public Response version(@PathParam("key") String key, @PathParam("version") String version) {
        Integer n = parseVersion(version);
        return RestResponses.ok(json.version(templates.version(key, n == null ? 0 : n))); // no version 0: 404 like any missing one
    }

    /** {@code from} and {@code to}: a published version number or {@code draft}. */
    @GET
    @Path("{key}/diff")
    public Response diff(@PathParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to) {
        Integer[] versions = ConfigRequests.diffVersions(from, to);
        return RestResponses.ok(json.diff(key, versions[0], versions[1], templates.diff(key, versions[0], versions[1])));
    }
}
