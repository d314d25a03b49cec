package io.prodops.governance.readiness.domain;

import io.prodops.governance.readiness.domain.GateParams.SignOffParams;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class GateSetDiffTest {
    private static final GateSet V1 = StandardLaunchGateSet.GATE_SET;

    @Test
    public void identicalSetsHaveNoChanges() {
        GateSetDiff d = GateSetDiff.between(V1, V1);
        assertTrue(d.isEmpty());
        assertEquals("no changes", d.summary());
    }

    @Test
    public void gatesAreMatchedByKey() {
        List<Gate> gates = new java.util.ArrayList<>(V1.gates());
        gates.remove(0); // prd-approved
        Gate marketing = gates.get(3);
        gates.set(3, new Gate(marketing.key(), marketing.title(), marketing.kind(), false, new SignOffParams("marketing-leads")));
        gates.add(new Gate("docs-signoff", "Docs ready", GateKind.SIGN_OFF, true, new SignOffParams("docs")));
        GateSet v2 = new GateSet(V1.key(), "Launch v2", V1.description(), gates);
        GateSetDiff d = GateSetDiff.between(V1, v2);
        assertEquals(List.of("name"), d.set().stream().map(GateSetDiff.FieldChange::field).toList());
        assertEquals(List.of("docs-signoff"), d.added().stream().map(GateSetDiff.GateRef::key).toList());
        assertEquals(List.of("prd-approved"), d.removed().stream().map(GateSetDiff.GateRef::key).toList());
        GateSetDiff.GateChange changed = d.changed().stream().filter(c -> c.key().equals("marketing-signoff")).findFirst().orElseThrow();
        assertEquals(List.of("required", "params", "position"), changed.fields().stream().map(GateSetDiff.FieldChange::field).toList());
        assertTrue(d.summary(), d.summary().contains("added: docs-signoff"));
        assertTrue(d.summary(), d.summary().contains("removed: prd-approved"));
    }
}
