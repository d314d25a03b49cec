package io.prodops.governance.portfolio.domain;

/** The stored text of a health rule set (a configuration document's draft and versions); implemented in storage. */
public interface HealthRulesCodec {
    String encode(HealthRuleSet rules);

    /** @throws IllegalStateException when the text is not a readable rule set */
    HealthRuleSet decode(String stored);
}
