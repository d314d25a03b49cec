package io.prodops.governance.experiment.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.common.web.RestResponses;
import io.prodops.governance.experiment.domain.ExperimentDesign;
import io.prodops.governance.experiment.domain.ExperimentService;
import io.prodops.governance.experiment.domain.stats.Direction;
import io.prodops.governance.experiment.domain.stats.MetricType;
import io.prodops.governance.experiment.domain.stats.Plan;
import io.prodops.governance.experiment.domain.stats.PlanRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /experiments/plan}: the sample-size planner on its own, a pure calculation for any logged-in user.
 * Missing alpha, power and MDE take the design defaults; with {@code "days"} the answer also carries the smallest
 * relative effect that many days can detect ({@code detectableEffect}, null when none can).
 */
@Path("/experiments")
@Produces(MediaType.APPLICATION_JSON)
@UnlicensedSiteAccess
public class ExperimentPlanResource {
    private final ExperimentService experiments;
    private final Access access;

    @Inject
    public ExperimentPlanResource(ExperimentService experiments, Access access) {
        this.experiments = experiments;
        this.access = access;
    }

    @POST
    @Path("/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(String body) {
        access.requireUser();
        ExperimentJson.PlanIn in = Json.read(body, ExperimentJson.PlanIn.class);
        List<FieldError> errors = new ArrayList<>();
        MetricType type = parse(MetricType.class, in.metricType(), "metricType", errors);
        Direction direction = parse(Direction.class, in.direction(), "direction", errors);
        int count = in.variantCount() != null ? in.variantCount() : in.allocations() != null ? in.allocations().size() : 0;
        PlanRequest request = new PlanRequest(type, in.baselineRate(), in.baselineMean(), in.baselineSd(),
                in.mde() == null ? ExperimentDesign.DEFAULT_MDE : in.mde(), direction,
                in.alpha() == null ? ExperimentDesign.DEFAULT_ALPHA : in.alpha(),
                in.power() == null ? ExperimentDesign.DEFAULT_POWER : in.power(), count, in.allocations(),
                in.dailyUsers() == null ? 0 : in.dailyUsers());
        Plan plan = null;
        try {
            plan = experiments.plan(request);
        } catch (ValidationException e) { // the planner's own checks, joined with ours: every problem at once
            e.errors().stream().filter(f -> errors.stream().noneMatch(o -> o.field().equals(f.field()))).forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Double detectable = in.days() == null ? null : experiments.detectableEffect(request, in.days());
        return RestResponses.ok(new ExperimentJson.PlanOut(plan.perVariant(), plan.perArm(), plan.total(), plan.days(), detectable));
    }

    /** A missing value is left to the planner ("is required"); a wrong one is named here. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.add(FieldError.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
