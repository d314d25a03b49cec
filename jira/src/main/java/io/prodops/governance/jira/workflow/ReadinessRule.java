package io.prodops.governance.jira.workflow;

import io.prodops.governance.readiness.domain.GateSetValidator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a workflow designer configured on a readiness condition, validator or post-function: the gate set and,
 * optionally, the subset of its gates that counts (empty = all gates). Jira stores it as the descriptor's string args
 * ({@value #GATESET}, {@value #GATES} comma-separated); nothing in it is ever evaluated, only compared with keys, and
 * keys must have the gate-set editor's shapes ({@link GateSetValidator#KEY}, {@link GateSetValidator#GATE_KEY}).
 */
public record ReadinessRule(String gatesetKey, List<String> gateKeys) {
    public static final String GATESET = "gateset";
    public static final String GATES = "gates";

    public ReadinessRule {
        if (gatesetKey == null || !GateSetValidator.KEY.matcher(gatesetKey).matches()) {
            throw new InvalidRuleException("no valid gate set key configured");
        }
        gateKeys = List.copyOf(new LinkedHashSet<>(gateKeys == null ? List.of() : gateKeys));
        for (String gate : gateKeys) {
            if (!GateSetValidator.GATE_KEY.matcher(gate).matches()) {
                throw new InvalidRuleException("invalid gate key configured");
            }
        }
    }

    public boolean allGates() {
        return gateKeys.isEmpty();
    }

    /** The rule stored in a workflow descriptor's args (raw map of strings, as OSWorkflow keeps them). */
    public static ReadinessRule fromArgs(Map<?, ?> args) {
        Object gateset = args == null ? null : args.get(GATESET);
        Object gates = args == null ? null : args.get(GATES);
        return new ReadinessRule(gateset instanceof String s ? s.strip() : null, split(gates instanceof String s ? s : ""));
    }

    /** The args Jira stores for this rule (returned by the factory's getDescriptorParams). */
    public Map<String, String> toArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put(GATESET, gatesetKey);
        args.put(GATES, String.join(",", gateKeys));
        return args;
    }

    private static List<String> split(String joined) {
        List<String> keys = new ArrayList<>();
        for (String part : joined.split(",")) {
            if (!part.isBlank()) {
                keys.add(part.strip());
            }
        }
        return keys;
    }

    /** Stored or submitted configuration that is not a rule (hand-edited workflow XML, a tampered form). */
    public static final class InvalidRuleException extends IllegalArgumentException {
        public InvalidRuleException(String message) {
            super(message);
        }
    }
}
