package io.prodops.governance.readiness.domain;

/**
 * One gate of a gate set. Optional gates ({@code required == false}) are evaluated and shown but never block.
 *
 * @param key unique within its gate set, stable across versions (sign-offs and waivers refer to it)
 */
public record Gate(String key, String title, GateKind kind, boolean required, GateParams params) {
    public Gate {
        if (params == null && kind != null) {
            params = GateParams.defaults(kind);
        }
    }
}
