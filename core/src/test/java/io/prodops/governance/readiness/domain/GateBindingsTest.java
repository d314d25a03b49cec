package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.ProjectRef;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class GateBindingsTest {
    private static final ProjectRef ATL = new ProjectRef(1, "ATL", "Atlas");
    private static final ProjectRef SEC = new ProjectRef(2, "SEC", "Security");

    private final GateBindings bindings = new GateBindings(3, List.of(
            new GateBinding(ATL, List.of(), "STANDARD_LAUNCH"),
            new GateBinding(ATL, List.of("Epic", "Initiative"), "BIG_LAUNCH"),
            new GateBinding(SEC, List.of("Initiative"), "SEC_LAUNCH")), "olga", null);

    @Test
    public void theMostSpecificBindingWins() {
        assertEquals(Optional.of("BIG_LAUNCH"), bindings.gatesetFor(1, "initiative"));
        assertEquals(Optional.of("BIG_LAUNCH"), bindings.gatesetFor(1, "Epic"));
        assertEquals(Optional.of("STANDARD_LAUNCH"), bindings.gatesetFor(1, "Story"));
        assertEquals(Optional.of("STANDARD_LAUNCH"), bindings.gatesetFor(1, null));
    }

    @Test
    public void noBindingNoGateSet() {
        assertEquals(Optional.empty(), bindings.gatesetFor(2, "Story"));
        assertEquals(Optional.of("SEC_LAUNCH"), bindings.gatesetFor(2, "Initiative"));
        assertEquals(Optional.empty(), bindings.gatesetFor(3, "Initiative"));
    }
}
