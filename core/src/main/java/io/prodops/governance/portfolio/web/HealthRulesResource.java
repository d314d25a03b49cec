package io.prodops.governance.portfolio.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import io.prodops.governance.portfolio.web.HealthRulesJson.PublishBody;
import io.prodops.governance.portfolio.web.HealthRulesJson.RulesBody;
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

import static io.prodops.governance.common.web.ConfigRequests.limited;
import static io.prodops.governance.common.web.ConfigRequests.pageRequest;
import static io.prodops.governance.common.web.ConfigRequests.parseVersion;
import static io.prodops.governance.common.web.ConfigRequests.revision;

/**
 * {@code /portfolio/health-rules}: the one versioned health rule set, with the draft/publish/versions endpoints and
 * semantics of {@code /gatesets/{key}} (the key is implicit). Ops managers read and save the draft and publish;
 * everyone logged in reads the newest published version and the version history.
 * <p>
 * Duplication, on purpose for now: the draft/version JSON mapping mirrors GateSetJson.Writer and TemplateJson. A shared
 * helper in common.web would need a generic "content to JSON" callback and changing both existing resources' output
 * records, which is more than this change should touch; see the status note.
 */
@Path("/portfolio/health-rules")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class HealthRulesResource {
    static final int BODY_MAX = 64 * 1024;

    private final HealthRulesService rules;
    private final HealthRulesJson.Writer json;

    @Inject
    public HealthRulesResource(HealthRulesService rules, UserDirectory users) {
        this.rules = rules;
        this.json = new HealthRulesJson.Writer(users);
    }

    @GET
    public Response get() {
        return RestResponses.ok(rules.isManager() ? json.draft(rules.draft()) : json.version(rules.latest()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveDraft(String body) {
        rules.requireManager();
        RulesBody input = Json.read(limited(body, BODY_MAX), RulesBody.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.draft(rules.saveDraft(HealthRulesJson.toDomain(input), revision)));
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(String body) {
        rules.requireManager();
        PublishBody input = Json.read(limited(body, BODY_MAX), PublishBody.class);
        int revision = revision(input.revision());
        return RestResponses.ok(json.draft(rules.publish(input.note(), revision)));
    }

    @GET
    @Path("versions")
    public Response versions(@QueryParam("page") String page, @QueryParam("size") String size) {
        return RestResponses.ok(json.versions(rules.versions(pageRequest(page, size))));
    }

    @GET
    @Path("versions/{version}")
    public Response version(@PathParam("version") String version) {
        Integer n = parseVersion(version);
        return RestResponses.ok(json.version(rules.version(n == null ? 0 : n))); // no version 0: 404 like any missing one
    }
}
