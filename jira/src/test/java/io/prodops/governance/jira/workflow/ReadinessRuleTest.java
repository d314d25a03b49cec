package io.prodops.governance.jira.workflow;

import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class ReadinessRuleTest {
    @Test
    public void aRuleRoundTripsThroughTheDescriptorArgs() {
        ReadinessRule rule = new ReadinessRule("STANDARD_LAUNCH", List.of("marketing", "docs"));
        Map<String, String> args = rule.toArgs();
        assertEquals(Map.of("gateset", "STANDARD_LAUNCH", "gates", "marketing,docs"), args);
        assertEquals(rule, ReadinessRule.fromArgs(args));
    }

    @Test
    public void noGatesMeansEveryGateOfTheSet() {
        ReadinessRule rule = ReadinessRule.fromArgs(Map.of("gateset", "STANDARD_LAUNCH"));
        assertTrue(rule.allGates());
        assertEquals("", rule.toArgs().get("gates"));
        assertTrue(ReadinessRule.fromArgs(rule.toArgs()).allGates());
    }

    @Test
    public void storedArgsThatAreNotARuleAreRefused() {
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> ReadinessRule.fromArgs(Map.of()));
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> ReadinessRule.fromArgs(null));
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> ReadinessRule.fromArgs(Map.of("gateset", "")));
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> ReadinessRule.fromArgs(Map.of("gateset", "$x.getClass()")));
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> ReadinessRule.fromArgs(Map.of("gateset", "LAUNCH", "gates", "ok,<b>")));
        Map<String, Object> notText = new HashMap<>();
        notText.put("gateset", 42);
        assertThrows(ReadinessRule.InvalidRuleException.class, () -> ReadinessRule.fromArgs(notText));
    }

    @Test
    public void repeatedGatesCountOnceInOrder() {
        assertEquals(List.of("b", "a"), ReadinessRule.fromArgs(Map.of("gateset", "SET", "gates", "b, a,,b")).gateKeys());
    }
}
