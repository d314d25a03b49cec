package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.port.FieldCatalog;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.readiness.domain.GateParams.ChildrenDoneParams;
import io.prodops.governance.readiness.domain.GateParams.FieldSetParams;
import io.prodops.governance.readiness.domain.GateParams.JqlMatchParams;
import io.prodops.governance.readiness.domain.GateParams.LinksResolvedParams;
import io.prodops.governance.readiness.domain.GateParams.PrdCompleteParams;
import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

public class GateSetValidatorTest {
    private final IssueDirectory issues = mock(IssueDirectory.class);
    private final FieldCatalog fields = id -> Set.of("duedate", "fixVersions", "assignee", "components", "customfield_10100").contains(id);
    private final GateSetValidator validator = new GateSetValidator(issues, fields);

    private static Gate gate(String key, GateParams params) {
        return new Gate(key, "Title " + key, params.kind(), true, params);
    }

    private static GateSet set(Gate... gates) {
        return new GateSet("LAUNCH", "Launch", null, List.of(gates));
    }

    private List<FieldError> problems(GateSet s) {
        return validator.problems(s);
    }

    private static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    public void theStandardLaunchSetIsValid() {
        assertEquals(List.of(), problems(StandardLaunchGateSet.GATE_SET));
    }

    @Test
    public void everyProblemIsReportedAtOnceNamingItsField() {
        List<Gate> gates = new ArrayList<>();
        gates.add(new Gate("Bad Key", "", GateKind.PRD_APPROVED, true, null));
        gates.add(gate("dup", new PrdCompleteParams(1.5)));
        gates.add(gate("dup", new ChildrenDoneParams(Set.of(), -1, null)));
        gates.add(gate("jql", new JqlMatchParams("  ", 0)));
        gates.add(gate("field", new FieldSetParams("customfield_99999")));
        gates.add(gate("sign", new SignOffParams(null)));
        gates.add(new Gate("kindless", "No kind", null, true, null));
        List<FieldError> errors = problems(new GateSet("lower", "", null, gates));
        assertEquals(List.of("key", "name", "gates[0].key", "gates[0].title", "gates[1].params.threshold", "gates[2].key",
                "gates[2].params.minCount", "gates[3].params.maxResults", "gates[3].params.jql", "gates[4].params.field",
                "gates[5].params.group", "gates[6].kind"), fieldsOf(errors));
        assertTrue(errors.get(5).message(), errors.get(5).message().contains("\"dup\" is used by another gate"));
        assertTrue(errors.get(9).message(), errors.get(9).message().contains("customfield_99999 does not exist"));
    }

    @Test
    public void aGateSetNeedsBetweenOneAndFiftyGates() {
        assertEquals(List.of("gates"), fieldsOf(problems(set())));
        List<Gate> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(gate("g" + i, new GateParams.PrdApprovedParams()));
        }
        assertEquals(List.of("gates"), fieldsOf(problems(new GateSet("LAUNCH", "Launch", null, many))));
    }

    @Test
    public void thresholdsMustBeBetweenZeroAndOne() {
        assertEquals(List.of(), problems(set(gate("a", new PrdCompleteParams(0)), gate("b", new PrdCompleteParams(1)))));
        assertEquals(List.of("gates[0].params.threshold", "gates[1].params.threshold"),
                fieldsOf(problems(set(gate("a", new PrdCompleteParams(-0.01)), gate("b", new PrdCompleteParams(Double.NaN))))));
    }

    @Test
    public void jqlIsParsedByTheHostWithTheIssueKeyFilledIn() {
        assertEquals(List.of(), problems(set(gate("q", new JqlMatchParams("parent = {{issue.key}} AND statusCategory != Done", 0 + 1)))));
        verify(issues).validateJql("parent = PRODOPS-1 AND statusCategory != Done");
    }

    @Test
    public void unparsableJqlIsRejectedWithTheHostsMessage() {
        doThrow(new IssueDirectory.InvalidQueryException("Error in the JQL Query: expecting ')'")).when(issues).validateJql("project in (ABC");
        List<FieldError> errors = problems(set(gate("a", new GateParams.PrdApprovedParams()), gate("q", new JqlMatchParams("project in (ABC", null))));
        assertEquals(List.of("gates[1].params.jql"), fieldsOf(errors));
        assertEquals("does not parse: Error in the JQL Query: expecting ')'", errors.get(0).message());
    }

    @Test
    public void emptyJqlUnknownPlaceholdersAndOrderByNeverReachTheHost() {
        List<FieldError> errors = problems(set(gate("a", new JqlMatchParams(null, null)), gate("b", new JqlMatchParams("key = {{issue.id}}", null)),
                gate("c", new JqlMatchParams("project = ABC order by created", 5))));
        assertEquals(List.of("gates[0].params.jql", "gates[1].params.jql", "gates[2].params.jql"), fieldsOf(errors));
        assertTrue(errors.get(1).message(), errors.get(1).message().contains("{{issue.id}}"));
        verify(issues, never()).validateJql(anyString());
    }

    @Test
    public void maxResultsIsOneToAThousandOrLeftOut() {
        assertEquals(List.of(), problems(set(gate("a", new JqlMatchParams("project = ABC", 1)), gate("b", new JqlMatchParams("project = ABC", 1000)),
                gate("c", new JqlMatchParams("project = ABC", null)))));
        assertEquals(List.of("gates[0].params.maxResults"), fieldsOf(problems(set(gate("a", new JqlMatchParams("project = ABC", 1001))))));
    }

    @Test
    public void fieldsAreBuiltInsOrExistingCustomFields() {
        assertEquals(List.of(), problems(set(gate("a", new FieldSetParams("duedate")), gate("b", new FieldSetParams("customfield_10100")))));
        List<FieldError> errors = problems(set(gate("a", new FieldSetParams("summary")), gate("b", new FieldSetParams(null)),
                gate("c", new FieldSetParams("customfield_10999"))));
        assertEquals(List.of("gates[0].params.field", "gates[1].params.field", "gates[2].params.field"), fieldsOf(errors));
    }

    @Test
    public void childrenAndLinkParametersAreChecked() {
        List<FieldError> errors = problems(set(
                gate("a", new ChildrenDoneParams(Set.of("Bug"), 2, ChildrenDoneParams.NoChildren.PASS)),
                gate("b", new ChildrenDoneParams(Set.of(" "), 0, null)),
                gate("c", new LinksResolvedParams(List.of(new LinkSpec("", IssueLinkFacts.Direction.INWARD), new LinkSpec("Blocks", null))))));
        assertEquals(List.of("gates[0].params.noChildren", "gates[1].params.ignoreTypes", "gates[2].params.linkTypes[0].name",
                "gates[2].params.linkTypes[1].direction"), fieldsOf(errors));
    }

    @Test
    public void paramsOfAnotherKindAreRejected() {
        List<FieldError> errors = problems(set(new Gate("a", "A", GateKind.SIGN_OFF, true, new FieldSetParams("duedate"))));
        assertEquals(List.of("gates[0].params"), fieldsOf(errors));
    }

    @Test
    public void defaultsFollowTheIssue() {
        assertEquals(1.0, ((PrdCompleteParams) GateParams.defaults(GateKind.PRD_COMPLETE)).threshold(), 0);
        ChildrenDoneParams children = (ChildrenDoneParams) GateParams.defaults(GateKind.CHILDREN_DONE);
        assertEquals(ChildrenDoneParams.NoChildren.FAIL, children.noChildren());
        assertEquals(0, children.minCount());
        assertEquals(List.of(new LinkSpec("Blocks", IssueLinkFacts.Direction.INWARD)),
                ((LinksResolvedParams) GateParams.defaults(GateKind.LINKS_RESOLVED)).linkTypes());
        assertEquals(List.of(LinkSpec.IS_BLOCKED_BY), new LinksResolvedParams(List.of()).linkTypes());
        for (GateKind kind : GateKind.values()) {
            assertEquals(kind, GateParams.defaults(kind).kind());
            assertEquals(kind, new Gate("k", "K", kind, true, null).params().kind());
        }
    }
}
