package io.prodops.governance.common.web;

import io.prodops.governance.experiment.web.ExperimentPlanResource;
import io.prodops.governance.experiment.web.ExperimentResource;
import io.prodops.governance.experiment.web.ExperimentTypeResource;
import io.prodops.governance.portfolio.web.PortfolioResource;
import io.prodops.governance.prd.web.PrdResource;
import io.prodops.governance.prd.web.TemplateResource;
import io.prodops.governance.readiness.web.GateSetResource;
import io.prodops.governance.readiness.web.ReadinessResource;

import java.util.List;

/**
 * The REST API's identity and parts. Jira finds resources and providers by scanning the {@code <rest>} module's
 * package; hosts without that scanning register exactly these. A test in jira/ keeps the descriptor's REST module
 * path and version equal to {@link #PATH} and {@link #VERSION}.
 */
public final class RestApi {
    public static final String PATH = "/prodops";
    public static final String VERSION = "1.0";
    /** Base of every endpoint, relative to the host's context path. */
    public static final String BASE = "/rest" + PATH + "/" + VERSION;

    public static final List<Class<?>> RESOURCES = List.of(SettingsResource.class, TemplateResource.class, PrdResource.class,
            GateSetResource.class,
            ReadinessResource.class,
            ExperimentResource.class, ExperimentPlanResource.class,
            ExperimentTypeResource.class,
            PortfolioResource.class);
    public static final List<Class<?>> PROVIDERS = List.of(XsrfGuard.class, RequestSizeLimit.class, GovernanceExceptionMapper.class);

    private RestApi() {
    }
}
