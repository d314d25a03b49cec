package io.prodops.governance.portfolio.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.portfolio.domain.PortfolioQuery;
import io.prodops.governance.portfolio.domain.PortfolioQueryService;
import io.prodops.governance.portfolio.domain.PortfolioResult;
import io.prodops.governance.portfolio.domain.PortfolioResult.Row;
import io.prodops.governance.portfolio.domain.PortfolioView;
import io.prodops.governance.readiness.domain.ReadinessMessages;
import io.prodops.governance.readiness.domain.ReaderMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /portfolio}: the portfolio page's rows, groups, totals and charts ({@code GET}), its exports
 * ({@code GET /export?format=csv|json}) and the on-demand refresh of one row. Any logged-in user may call it; rows
 * are only issues the caller may browse, because the id search runs as them. Saved views, health rules and settings
 * live in their own resources under {@code /portfolio/views}, {@code /portfolio/health-rules} and
 * {@code /portfolio/settings}.
 */
@Path("/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class PortfolioResource {
    static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

    private final PortfolioQueryService portfolio;
    private final Access access;
    private final ReaderMessages messages;
    private final UserDirectory users;
    private final Clock clock;

    @Inject
    public PortfolioResource(PortfolioQueryService portfolio, Access access, ReaderMessages messages, UserDirectory users, Clock clock) {
        this.portfolio = portfolio;
        this.access = access;
        this.messages = messages;
        this.users = users;
        this.clock = clock;
    }

    @GET
    public Response page(@QueryParam("view") String view, @QueryParam("jql") String jql, @QueryParam("project") String project,
                         @QueryParam("owner") String owner, @QueryParam("health") String health,
                         @QueryParam("statusCategory") String statusCategory, @QueryParam("quarter") String quarter, @QueryParam("q") String q,
                         @QueryParam("groupBy") String groupBy, @QueryParam("sort") String sort, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        UserRef caller = access.requireUser();
        PortfolioQuery query = PortfolioParams.parse(new PortfolioParams.Raw(view, jql, project, owner, health, statusCategory, quarter, q,
                groupBy, sort, page, size));
        PortfolioResult result = portfolio.page(query);
        return RestResponses.ok(PortfolioJson.page(result, messages.forReader(caller), viewJson(result.view(), caller)));
    }

    /**
     * The project and owner filter choices: {@code {"projects": [{"key", "label"}], "owners": [{"key", "label"}],
     * "truncated"}} over every initiative the caller may browse (owner key {@code none}: unassigned).
     */
    @GET
    @Path("facets")
    public Response facets() {
        return RestResponses.ok(portfolio.facets());
    }

    /** Every matching row (no paging) as CSV or JSON; checks and filters run before the response starts. */
    @GET
    @Path("export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("view") String view, @QueryParam("jql") String jql,
                           @QueryParam("project") String project, @QueryParam("owner") String owner, @QueryParam("health") String health,
                           @QueryParam("statusCategory") String statusCategory, @QueryParam("quarter") String quarter,
                           @QueryParam("q") String q, @QueryParam("groupBy") String groupBy, @QueryParam("sort") String sort) {
        UserRef caller = access.requireUser();
        String kind = format == null || format.isBlank() ? "csv" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("json")) {
            throw ValidationException.of("format", "must be csv or json");
        }
        PortfolioQuery query = PortfolioParams.parse(new PortfolioParams.Raw(view, jql, project, owner, health, statusCategory, quarter, q,
                groupBy, sort, null, null));
        PortfolioResult.Export export = portfolio.export(query);
        ReadinessMessages reader = messages.forReader(caller);
        LocalDate today = LocalDate.now(clock);
        if (kind.equals("csv")) {
            java.util.List<String> columns = export.view() == null ? PortfolioView.COLUMNS : export.view().columns();
            StreamingOutput body = stream -> {
                PortfolioCsv csv = new PortfolioCsv(stream, columns, reader);
                for (Row row : export.rows()) {
                    csv.row(row);
                }
                csv.finish();
            };
            return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + PortfolioCsv.filename(today) + "\"")
                    .header("X-Content-Type-Options", "nosniff").build();
        }
        String generatedAt = clock.instant().toString();
        StreamingOutput body = stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write("{\"rows\":[");
            boolean first = true;
            for (Row row : export.rows()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(Json.write(PortfolioJson.row(row, reader)));
            }
            out.write("],\"total\":" + export.total() + ",\"truncated\":" + export.truncated() + ",\"generatedAt\":" + Json.write(generatedAt) + "}");
            out.flush();
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"portfolio-" + today + ".json\"").build();
    }

    /**
     * Re-evaluates the issue's readiness and rebuilds its row; 404 when the caller may not browse it or it is no
     * initiative. The body is ignored (a JSON content type is still required, as on every write).
     */
    @POST
    @Path("rows/{issueKey}/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refresh(@PathParam("issueKey") String issueKey, String body) {
        UserRef caller = access.requireUser();
        Row row = portfolio.refreshRow(issueKey);
        return RestResponses.ok(PortfolioJson.row(row, messages.forReader(caller)));
    }

    private PortfolioJson.ViewOut viewJson(PortfolioView view, UserRef caller) {
        return view == null ? null : PortfolioJson.view(view, users, caller, access.isOpsManager(caller));
    }
}
