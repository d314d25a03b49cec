package io.prodops.governance.readiness.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The whole binding list, with one revision for all of it (admins and ops managers replace it at once).
 *
 * @param revision 0 while it was never saved
 */
public record GateBindings(int revision, List<GateBinding> bindings, String updatedBy, Instant updatedAt) {
    public GateBindings {
        bindings = List.copyOf(bindings);
    }

    /**
     * The gate set that applies to an issue: a binding naming the issue's type wins over a project-wide one (most
     * specific first); empty when none applies. A {@code ?gateset=} override is the caller's business.
     */
    public Optional<String> gatesetFor(long projectId, String issueType) {
        Optional<GateBinding> byType = bindings.stream()
                .filter(b -> b.project().id() == projectId && !b.issueTypes().isEmpty() && b.covers(issueType)).findFirst();
        if (byType.isPresent()) {
            return byType.map(GateBinding::gateset);
        }
        return bindings.stream().filter(b -> b.project().id() == projectId && b.issueTypes().isEmpty()).findFirst().map(GateBinding::gateset);
    }
}
