package io.prodops.governance.portfolio.storage;

import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.HealthRule;
import io.prodops.governance.portfolio.domain.HealthRuleSet;
import io.prodops.governance.portfolio.domain.HealthRuleType;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

public class JacksonHealthRulesCodecTest {
    private final JacksonHealthRulesCodec codec = new JacksonHealthRulesCodec();

    @Test
    public void roundTripsTheDefaultsAndEditedRules() {
        assertEquals(HealthRuleSet.defaults(), codec.decode(codec.encode(HealthRuleSet.defaults())));
        HealthRuleSet edited = new HealthRuleSet(List.of(new HealthRule(HealthRuleType.NOT_READY_NEAR_TARGET, HealthColor.AMBER, 14)));
        assertEquals(edited, codec.decode(codec.encode(edited)));
    }

    @Test
    public void writesFormatOneWithoutEmptyDays() {
        String text = codec.encode(new HealthRuleSet(List.of(HealthRule.standard(HealthRuleType.NO_TARGET_DATE))));
        assertEquals("{\"format\":1,\"rules\":[{\"type\":\"NO_TARGET_DATE\",\"color\":\"AMBER\"}]}", text);
    }

    @Test
    public void refusesUnreadableText() {
        assertThrows(IllegalStateException.class, () -> codec.decode("{\"format\":2,\"rules\":[]}"));
        assertThrows(IllegalStateException.class, () -> codec.decode("{\"format\":1,\"rules\":[{\"type\":\"NOPE\",\"color\":\"RED\"}]}"));
    }
}
