package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An immutable published version of a gate set: what issues are evaluated against. */
public record GateSetVersion(String key, String name, String description, int version, List<Gate> gates,
                             Instant publishedAt, String publishedBy, String note) {
    public GateSetVersion {
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    public Optional<Gate> gate(String gateKey) {
        return gates.stream().filter(g -> g.key().equals(gateKey)).findFirst();
    }

    public GateSet content() {
        return new GateSet(key, name, description, gates);
    }
}
