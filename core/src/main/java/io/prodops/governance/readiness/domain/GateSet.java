package io.prodops.governance.readiness.domain;

import java.util.List;

/** The content of a gate set as ops managers edit it (the draft): ordered gates. */
public record GateSet(String key, String name, String description, List<Gate> gates) {
    public GateSet {
        gates = gates == null ? List.of() : List.copyOf(gates);
    }
}
