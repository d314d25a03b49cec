package io.prodops.governance.readiness.domain;

/**
 * Turns a gate set into the text stored in a configuration document (draft or published version) and back; the
 * storage layer implements it (JSON). {@code decode(encode(s))} equals {@code s} for every valid gate set.
 */
public interface GateSetCodec {
    String encode(GateSet set);

    /** @throws IllegalStateException when the stored text is not a gate set (a bug or a damaged row, never user input) */
    GateSet decode(String stored);
}
