package io.prodops.governance.portfolio.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.portfolio.domain.PortfolioSettings;
import io.prodops.governance.portfolio.domain.PortfolioSettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

import static io.prodops.governance.common.web.ConfigRequests.limited;
import static io.prodops.governance.common.web.ConfigRequests.revision;

/**
 * {@code /portfolio/settings}: {@code {"initiativeTypes": [..], "targetDateField": null|"customfield_x", "revision"}}.
 * Everyone logged in reads (with {@code canEdit}); ops managers write with the revision they read (stale: 409).
 */
@Path("/portfolio/settings")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class PortfolioSettingsResource {
    static final int BODY_MAX = 64 * 1024;

    private final PortfolioSettingsService settings;
    private final Access access;

    @Inject
    public PortfolioSettingsResource(PortfolioSettingsService settings, Access access) {
        this.settings = settings;
        this.access = access;
    }

    record SettingsBody(List<String> initiativeTypes, String targetDateField, Integer revision) {
    }

    record SettingsOut(List<String> initiativeTypes, String targetDateField, int revision, boolean canEdit) {
    }

    @GET
    public Response get() {
        PortfolioSettings s = settings.load();
        return RestResponses.ok(new SettingsOut(s.initiativeTypes(), s.targetDateField(), s.revision(), settings.isManager()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        access.requireOpsManager();
        SettingsBody input = Json.read(limited(body, BODY_MAX), SettingsBody.class);
        int revision = revision(input.revision());
        PortfolioSettings s = settings.save(input.initiativeTypes(), input.targetDateField(), revision);
        return RestResponses.ok(new SettingsOut(s.initiativeTypes(), s.targetDateField(), s.revision(), true));
    }
}
