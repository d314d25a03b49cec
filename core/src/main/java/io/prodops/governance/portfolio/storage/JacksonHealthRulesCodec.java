package io.prodops.governance.portfolio.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.HealthRule;
import io.prodops.governance.portfolio.domain.HealthRuleSet;
import io.prodops.governance.portfolio.domain.HealthRuleType;
import io.prodops.governance.portfolio.domain.HealthRulesCodec;
import jakarta.inject.Named;

import java.util.List;

/**
 * The stored form of health rules, from records of its own (renaming a domain field never changes stored data).
 * Format 1: {@code {"format":1,"rules":[{"type","color","days"?}]}}.
 */
@Named
public class JacksonHealthRulesCodec implements HealthRulesCodec {
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public record StoredRules(int format, List<StoredRule> rules) {
    }

    public record StoredRule(String type, String color, Integer days) {
    }

    @Override
    public String encode(HealthRuleSet set) {
        StoredRules stored = new StoredRules(FORMAT, set.rules().stream()
                .map(r -> new StoredRule(r.type().name(), r.color().name(), r.days())).toList());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write health rules", e);
        }
    }

    @Override
    public HealthRuleSet decode(String text) {
        try {
            StoredRules stored = MAPPER.readValue(text, StoredRules.class);
            if (stored.format() != FORMAT || stored.rules() == null) {
                throw new IllegalStateException("unknown health rules format " + stored.format());
            }
            return new HealthRuleSet(stored.rules().stream()
                    .map(r -> new HealthRule(HealthRuleType.valueOf(r.type()), HealthColor.valueOf(r.color()), r.days())).toList());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored health rules are not readable", e);
        }
    }
}
