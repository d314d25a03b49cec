package io.prodops.governance.readiness.storage;

import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.readiness.domain.Gate;
import io.prodops.governance.readiness.domain.GateKind;
import io.prodops.governance.readiness.domain.GateParams;
import io.prodops.governance.readiness.domain.GateSet;
import io.prodops.governance.readiness.domain.LinkSpec;
import io.prodops.governance.readiness.domain.StandardLaunchGateSet;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class JacksonGateSetCodecTest {
    private final JacksonGateSetCodec codec = new JacksonGateSetCodec();

    /** One gate of each kind with non-default parameters. */
    static GateSet everyKind() {
        return new GateSet("ALL_KINDS", "All kinds", "One gate of each kind", List.of(
                new Gate("prd", "PRD approved", GateKind.PRD_APPROVED, true, new GateParams.PrdApprovedParams()),
                new Gate("complete", "PRD complete", GateKind.PRD_COMPLETE, false, new GateParams.PrdCompleteParams(0.75)),
                new Gate("children", "Children", GateKind.CHILDREN_DONE, true,
                        new GateParams.ChildrenDoneParams(Set.of("Bug", "Spike"), 2, GateParams.ChildrenDoneParams.NoChildren.FAIL)),
                new Gate("links", "Links", GateKind.LINKS_RESOLVED, true, new GateParams.LinksResolvedParams(List.of(
                        new LinkSpec("Blocks", IssueLinkFacts.Direction.INWARD), new LinkSpec("Depends", IssueLinkFacts.Direction.OUTWARD)))),
                new Gate("due", "Due date", GateKind.FIELD_SET, true, new GateParams.FieldSetParams("customfield_10100")),
                new Gate("bugs", "No open bugs", GateKind.JQL_MATCH, true,
                        new GateParams.JqlMatchParams("issuetype = Bug AND parent = {{issue.key}}", 0 + 3)),
                new Gate("matches", "Labelled", GateKind.JQL_MATCH, true, new GateParams.JqlMatchParams("labels = launch", null)),
                new Gate("exp", "Experiments", GateKind.EXPERIMENTS_DECIDED, false, new GateParams.ExperimentsDecidedParams()),
                new Gate("legal", "Legal", GateKind.SIGN_OFF, true, new GateParams.SignOffParams("legal"))));
    }

    @Test
    public void everyKindRoundTrips() {
        assertEquals(everyKind(), codec.decode(codec.encode(everyKind())));
        assertEquals(StandardLaunchGateSet.GATE_SET, codec.decode(codec.encode(StandardLaunchGateSet.GATE_SET)));
    }

    @Test
    public void theStoredFormIsVersionedAndHoldsOnlyEachKindsParameters() {
        String stored = codec.encode(everyKind());
        assertTrue(stored, stored.startsWith("{\"format\":1,"));
        assertTrue(stored, stored.contains("{\"key\":\"prd\",\"title\":\"PRD approved\",\"kind\":\"PRD_APPROVED\",\"required\":true}"));
        assertTrue(stored, stored.contains("\"params\":{\"threshold\":0.75}"));
        assertTrue(stored, stored.contains("\"params\":{\"ignoreTypes\":[\"Bug\",\"Spike\"],\"minCount\":2,\"noChildren\":\"FAIL\"}"));
    }

    @Test(expected = IllegalStateException.class)
    public void anotherFormatIsRefused() {
        codec.decode("{\"format\":2,\"key\":\"X\",\"gates\":[]}");
    }

    @Test(expected = IllegalStateException.class)
    public void anUnknownKindIsRefused() {
        codec.decode("{\"format\":1,\"key\":\"X\",\"gates\":[{\"key\":\"a\",\"kind\":\"NOPE\"}]}");
    }
}
