package io.prodops.governance.portfolio.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.portfolio.domain.PortfolioViewService;
import io.prodops.governance.portfolio.web.PortfolioViewJson.RevisionBody;
import io.prodops.governance.portfolio.web.PortfolioViewJson.ViewBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import static io.prodops.governance.common.web.ConfigRequests.revision;

/**
 * {@code /portfolio/views}: saved portfolio views. Any logged-in user lists (own + shared), creates and reads; changes
 * follow {@link PortfolioViewService}. Order of checks: 401 → 404 (not visible) → 403 → 400 (the body is read only
 * once the caller may act). {@code DELETE} takes the revision as {@code ?revision=} (or a JSON body {"revision"}).
 */
@Path("/portfolio/views")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class PortfolioViewResource {
    /** Bounded filters (100 projects/owners, 4 KB JQL) fit with room to spare. */
    static final int BODY_MAX = 256 * 1024;

    private final PortfolioViewService views;
    private final UserDirectory users;

    @Inject
    public PortfolioViewResource(PortfolioViewService views, UserDirectory users) {
        this.views = views;
        this.users = users;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return RestResponses.ok(PortfolioViewJson.views(views.list(pageRequest(page, size)), users, views::canEdit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        views.requireUser(); // 401 before reading the body
        ViewBody input = Json.read(limited(body, BODY_MAX), ViewBody.class);
        PortfolioView created = views.create(input.input());
        return RestResponses.created(PortfolioViewJson.view(created, users, views.canEdit(created)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        PortfolioView view = views.get(id(id));
        return RestResponses.ok(PortfolioViewJson.view(view, users, views.canEdit(view)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, String body) {
        long viewId = id(id);
        views.requireEditable(viewId);
        ViewBody input = Json.read(limited(body, BODY_MAX), ViewBody.class);
        int revision = revision(input.revision());
        PortfolioView updated = views.update(viewId, input.input(), revision);
        return RestResponses.ok(PortfolioViewJson.view(updated, users, views.canEdit(updated)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("revision") String revisionParam, String body) {
        long viewId = id(id);
        views.requireDeletable(viewId);
        Integer revision = null;
        if (revisionParam != null && !revisionParam.isEmpty()) {
            try {
                revision = Integer.parseInt(revisionParam);
            } catch (NumberFormatException e) {
                throw io.prodops.governance.common.domain.ValidationException.of("revision", "must be a whole number");
            }
        } else if (body != null && !body.isBlank()) {
            revision = Json.read(limited(body, BODY_MAX), RevisionBody.class).revision();
        }
        views.delete(viewId, revision(revision));
        return Response.noContent().build();
    }

    /** A path id that is not a positive number names no view: 404 like any missing one. */
    private static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new NotFoundException("VIEW_NOT_FOUND", "There is no portfolio view " + value + ".");
    }
}
