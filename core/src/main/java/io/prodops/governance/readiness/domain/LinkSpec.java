package io.prodops.governance.readiness.domain;

import io.prodops.governance.common.domain.IssueLinkFacts;

/**
 * A link type and the direction seen from the gated issue: ("Blocks", INWARD) is "is blocked by".
 *
 * @param name the link type's name, as the host names it
 */
public record LinkSpec(String name, IssueLinkFacts.Direction direction) {
    /** The default of a LINKS_RESOLVED gate: the issues that block this one. */
    public static final LinkSpec IS_BLOCKED_BY = new LinkSpec("Blocks", IssueLinkFacts.Direction.INWARD);

    public boolean matches(IssueLinkFacts link) {
        return link.direction() == direction && name != null && name.equalsIgnoreCase(link.linkType());
    }
}
