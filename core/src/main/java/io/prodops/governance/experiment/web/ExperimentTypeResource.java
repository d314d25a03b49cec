package io.prodops.governance.experiment.web;

import com.atlassian.annotations.security.AdminOnly;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.port.IssueTypeProvisioning.IssueTypeInfo;
import io.prodops.governance.common.port.IssueTypeProvisioning.LinkTypeInfo;
import io.prodops.governance.common.web.ErrorResponses;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.experiment.domain.ExperimentTypeService;
import io.prodops.governance.experiment.domain.ExperimentTypeStatus;
import io.prodops.governance.experiment.domain.SchemeChange;
import io.prodops.governance.experiment.domain.UnconfirmedSchemeChangeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code /admin/experiment-type}: the Experiment issue type, its link type and the projects' issue type schemes, for
 * Jira admins. Adding the type to a shared scheme needs the list of affected projects confirmed (409 otherwise).
 */
@Path("/admin/experiment-type")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class ExperimentTypeResource {
    private final ExperimentTypeService experimentTypes;
    private final Access access;

    @Inject
    public ExperimentTypeResource(ExperimentTypeService experimentTypes, Access access) {
        this.experimentTypes = experimentTypes;
        this.access = access;
    }

    public record ProjectJson(long id, String key, String name) {
        static ProjectJson of(ProjectRef p) {
            return new ProjectJson(p.id(), p.key(), p.name());
        }

        static List<ProjectJson> of(List<ProjectRef> projects) {
            return projects.stream().map(ProjectJson::of).toList();
        }
    }

    public record IssueTypeJson(String id, String name) {
    }

    public record LinkTypeJson(String id, String name, String outward, String inward) {
    }

    public record ProjectStatusJson(ProjectJson project, String schemeId, String schemeName, boolean defaultScheme, boolean present,
                                    List<ProjectJson> sharedWith) {
    }

    public record StatusJson(boolean installed, IssueTypeJson issueType, LinkTypeJson linkType, List<ProjectStatusJson> projects) {
    }

    public record AddIn(String mode, List<String> confirmAffectedProjects) {
    }

    public record ChangeJson(boolean changed, String mode, String schemeId, String schemeName, List<ProjectJson> affectedProjects) {
    }

    /** 409 body: the usual error fields plus the scheme and the projects a confirmation must name. */
    public record UnconfirmedJson(String error, String message, List<FieldError> errors, String schemeName, List<ProjectJson> affectedProjects) {
    }

    @GET
    public Response status() {
        return RestResponses.ok(toJson(experimentTypes.status()));
    }

    @POST
    @Path("/projects/{projectKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addToProject(@PathParam("projectKey") String projectKey, String body) {
        access.requireAdmin(); // who may call comes before what they sent (401/403 before 400)
        AddIn in = Json.read(body, AddIn.class);
        try {
            SchemeChange change = experimentTypes.addToProject(projectKey, in.mode(), in.confirmAffectedProjects());
            return RestResponses.ok(new ChangeJson(change.changed(), change.mode().name(), change.schemeId(), change.schemeName(),
                    ProjectJson.of(change.affectedProjects())));
        } catch (UnconfirmedSchemeChangeException e) {
            String keys = String.join(", ", e.affectedProjects().stream().map(ProjectRef::key).toList());
            return Response.status(409).type(ErrorResponses.JSON).entity(Json.write(new UnconfirmedJson(e.code(), e.getMessage(),
                    List.of(FieldError.of("confirmAffectedProjects", "must list exactly the projects using the scheme: " + keys)),
                    e.schemeName(), ProjectJson.of(e.affectedProjects())))).build();
        }
    }

    private static StatusJson toJson(ExperimentTypeStatus s) {
        IssueTypeInfo t = s.issueType();
        LinkTypeInfo l = s.linkType();
        return new StatusJson(t != null, t == null ? null : new IssueTypeJson(t.id(), t.name()),
                l == null ? null : new LinkTypeJson(l.id(), l.name(), l.outward(), l.inward()),
                s.projects().stream().map(p -> new ProjectStatusJson(ProjectJson.of(p.project()), p.schemeId(), p.schemeName(),
                        p.defaultScheme(), p.present(), ProjectJson.of(p.sharedWith()))).toList());
    }
}
