package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.workflow.WorkflowFunctionUtils;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.readiness.domain.LaunchGuard;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class LaunchReadinessConditionTest {
    private final LaunchGuard guard = mock(LaunchGuard.class);
    private final LaunchReadinessCondition condition = new LaunchReadinessCondition(guard);
    private final MutableIssue issue = JiraIssues.issue(42L, "PHX-7");
    private final Map<String, Object> transientVars = new HashMap<>(Map.of(WorkflowFunctionUtils.ORIGINAL_ISSUE_KEY, issue));

    @Test
    public void theTransitionShowsExactlyWhenTheCachedEvaluationIsReady() {
        Map<String, String> args = new ReadinessRule("STANDARD_LAUNCH", java.util.List.of("marketing", "docs")).toArgs();
        when(guard.cachedReady(any(), eq("STANDARD_LAUNCH"), eq(Set.of("marketing", "docs")))).thenReturn(true);
        assertTrue(condition.passesCondition(transientVars, args, null));

        when(guard.cachedReady(any(), eq("STANDARD_LAUNCH"), eq(Set.of("marketing", "docs")))).thenReturn(false);
        assertFalse(condition.passesCondition(transientVars, args, null));

        ArgumentCaptor<IssueFacts> facts = ArgumentCaptor.forClass(IssueFacts.class);
        verify(guard, org.mockito.Mockito.times(2)).cachedReady(facts.capture(), anyString(), anySet());
        assertEquals("the issue Jira loaded, not a new look-up", 42L, facts.getValue().id());
        assertEquals("PHX-7", facts.getValue().key());
        org.mockito.Mockito.verifyNoMoreInteractions(guard); // never validate(), never recordSnapshot(): no evaluation on issue view
    }

    @Test
    public void noSubsetMeansAllGates() {
        when(guard.cachedReady(any(), eq("STANDARD_LAUNCH"), eq(Set.of()))).thenReturn(true);
        assertTrue(condition.passesCondition(transientVars, Map.of("gateset", "STANDARD_LAUNCH", "gates", ""), null));
    }

    @Test
    public void aBrokenConfigurationHidesTheTransitionWithoutAsking() {
        assertFalse(condition.passesCondition(transientVars, Map.of(), null));
        assertFalse(condition.passesCondition(transientVars, Map.of("gateset", "x y"), null));
        verifyNoInteractions(guard);
    }

    @Test
    public void failuresHideTheTransition() {
        when(guard.cachedReady(any(), anyString(), anySet())).thenThrow(new IllegalStateException("cache down"));
        assertFalse(condition.passesCondition(transientVars, Map.of("gateset", "STANDARD_LAUNCH"), null));
        assertFalse("no issue", condition.passesCondition(new HashMap<>(), Map.of("gateset", "STANDARD_LAUNCH"), null));
    }
}
