package io.prodops.governance.readiness.domain;

import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.ExperimentsDecidedParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdApprovedParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;

import java.util.List;
import java.util.Set;

/** The built-in "Standard launch" gate set, installed and published as version 1 on the first start. */
public final class StandardLaunchGateSet {
    public static final String KEY = "STANDARD_LAUNCH";
    public static final String PUBLISH_NOTE = "Built-in gate set installed with ProdOps Governance.";
    /** The group whose members sign off marketing readiness (ops managers may sign too). */
    public static final String MARKETING_GROUP = "marketing";

    public static final GateSet GATE_SET = new GateSet(KEY, "Standard launch",
            "What an initiative or epic needs before it launches: an approved PRD, finished work, no open blockers, a due date and marketing's sign-off.",
            List.of(
                    new Gate("prd-approved", "PRD approved", GateKind.PRD_APPROVED, true, new PrdApprovedParams()),
                    new Gate("children-done", "All child issues done", GateKind.CHILDREN_DONE, true,
                            new ChildrenDoneParams(Set.of(), 0, ChildrenDoneParams.NoChildren.FAIL)),
                    new Gate("blockers-resolved", "Blocking issues resolved", GateKind.LINKS_RESOLVED, true,
                            new LinksResolvedParams(List.of(LinkSpec.IS_BLOCKED_BY))),
                    new Gate("due-date-set", "Due date set", GateKind.FIELD_SET, true, new FieldSetParams("duedate")),
                    new Gate("marketing-signoff", "Marketing ready", GateKind.SIGN_OFF, true, new SignOffParams(MARKETING_GROUP)),
                    new Gate("experiments-decided", "Experiments decided", GateKind.EXPERIMENTS_DECIDED, false, new ExperimentsDecidedParams())));

    private StandardLaunchGateSet() {
    }
}
