package io.prodops.governance.standalone.host;

import io.prodops.governance.common.port.IssueDirectory.InvalidQueryException;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** Parenthesised AND groups, as readiness gates embed a gate's query: {@code key = X AND (query)}. */
public class JqlGroupsTest {
    private static final JqlSubset.Resolver RESOLVER = new JqlSubset.Resolver() {
        @Override
        public Optional<Long> projectId(String keyNameOrId) {
            return Optional.of(7L);
        }

        @Override
        public Optional<Long> issueId(String keyOrId) {
            return Optional.of(42L);
        }
    };

    @Test
    public void aGroupNestsAndKeepsItsParameters() {
        JqlSubset.Condition c = JqlSubset.parse("key = ATL-1 AND (project = ATL AND (statusCategory = Done))", RESOLVER);
        assertEquals("I.ID IN (?) AND (I.PROJECT_ID IN (?) AND (I.STATUS_CATEGORY IN (?)))", c.sql());
        assertEquals(List.of(42L, 7L, "DONE"), c.params());
    }

    @Test
    public void unbalancedOrOrInsideAGroupIsRefused() {
        for (String jql : List.of("key = ATL-1 AND (project = ATL", "key = ATL-1 AND project = ATL)", "(project = ATL OR project = PHX)", "()")) {
            try {
                JqlSubset.parse(jql, RESOLVER);
                fail("accepted: " + jql);
            } catch (InvalidQueryException expected) {
                // the message is for the gate-set editor
            }
        }
    }
}
