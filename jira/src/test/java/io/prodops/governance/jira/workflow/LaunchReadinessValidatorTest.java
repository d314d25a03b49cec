package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowContext;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.port.UserPreferences;
import io.prodops.governance.readiness.domain.GateStatus;
import io.prodops.governance.readiness.domain.LaunchGuard;
import io.prodops.governance.readiness.domain.ValidationOutcome;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class LaunchReadinessValidatorTest {
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final LaunchGuard guard = mock(LaunchGuard.class);
    private final UserDirectory users = mock(UserDirectory.class);
    private final UserPreferences preferences = mock(UserPreferences.class);
    private final LaunchReadinessValidator validator = new LaunchReadinessValidator(guard, users, preferences);
    private final MutableIssue issue = JiraIssues.issue(42L, "PHX-7");
    private final Map<String, Object> transientVars = new HashMap<>();
    private final Map<String, String> args = new ReadinessRule("STANDARD_LAUNCH", List.of("marketing")).toArgs();

    @Before
    public void transitionByPete() {
        WorkflowContext context = mock(WorkflowContext.class);
        when(context.getCaller()).thenReturn(PETE.key());
        transientVars.put("context", context);
        transientVars.put("issue", issue);
        when(users.resolve(PETE.key())).thenReturn(PETE);
        when(preferences.locale(PETE)).thenReturn(Locale.GERMAN);
        when(preferences.timeZone(PETE)).thenReturn(BERLIN);
    }

    @Test
    public void aReadyIssueGoesThroughAfterAFreshEvaluationInTheCallersLanguage() throws Exception {
        when(guard.validate(any(), anyString(), anySet(), any(), any(), any())).thenReturn(new ValidationOutcome(true, null, null, List.of(), null));
        validator.validate(transientVars, args, null);
        ArgumentCaptor<IssueFacts> facts = ArgumentCaptor.forClass(IssueFacts.class);
        verify(guard).validate(facts.capture(), eq("STANDARD_LAUNCH"), eq(Set.of("marketing")), eq(PETE), eq(Locale.GERMAN), eq(BERLIN));
        assertEquals(42L, facts.getValue().id());
    }

    @Test
    public void aBlockedIssueIsRefusedWithEveryFailingGateAndItsReason() {
        String message = "2 gates of Standard launch block this transition:\n\u2022 Marketing ready: not signed off yet\n\u2022 Children done: 3 of 5 child issues done";
        when(guard.validate(any(), anyString(), anySet(), any(), any(), any())).thenReturn(new ValidationOutcome(false, null, message,
                List.of(new ValidationOutcome.FailingGate("marketing", "Marketing ready", GateStatus.PENDING, "not signed off yet"),
                        new ValidationOutcome.FailingGate("children", "Children done", GateStatus.FAIL, "3 of 5 child issues done")), null));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validator.validate(transientVars, args, null));
        assertEquals(List.of("2 gates of Standard launch block this transition:", "\u2022 Marketing ready: not signed off yet",
                "\u2022 Children done: 3 of 5 child issues done"), refused.getGenericErrors());
    }

    @Test
    public void theCallerNamedInTheArgsWinsOverTheWorkflowContext() throws Exception {
        UserRef olga = new UserRef("JIRAUSER10100", "Olga Ops");
        when(users.resolve(olga.key())).thenReturn(olga);
        when(guard.validate(any(), anyString(), anySet(), any(), any(), any())).thenReturn(new ValidationOutcome(true, null, null, List.of(), null));
        Map<String, String> withUser = new HashMap<>(args);
        withUser.put("userKey", olga.key());
        validator.validate(transientVars, withUser, null);
        verify(guard).validate(any(), anyString(), anySet(), eq(olga), any(), any());
    }

    @Test
    public void unlicensedLetsTheTransitionThroughWithAWarning() throws Exception {
        when(guard.validate(any(), anyString(), anySet(), any(), any(), any()))
                .thenReturn(new ValidationOutcome(true, "ProdOps Governance is not licensed", null, List.of(), null));
        validator.validate(transientVars, args, null); // no exception: fail open for licensing
        verify(guard).validate(any(), eq("STANDARD_LAUNCH"), anySet(), eq(PETE), any(), any());
    }

    @Test
    public void failuresRefuseTheTransition() {
        when(guard.validate(any(), anyString(), anySet(), any(), any(), any())).thenThrow(new IllegalStateException("database down"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validator.validate(transientVars, args, null));
        assertTrue(String.valueOf(refused.getMessage()), refused.getMessage().contains("could not be checked"));

        org.mockito.Mockito.doReturn(new ValidationOutcome(false, null, null, List.of(), null))
                .when(guard).validate(any(), anyString(), anySet(), any(), any(), any());
        assertThrows("refused without a message", InvalidInputException.class, () -> validator.validate(transientVars, args, null));
    }

    @Test
    public void aBrokenConfigurationRefusesTheTransitionWithoutEvaluating() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validator.validate(transientVars, Map.of(), null));
        assertTrue(refused.getMessage(), refused.getMessage().contains("not configured correctly"));
        transientVars.remove("issue");
        assertThrows("no stored issue (create transition)", InvalidInputException.class, () -> validator.validate(transientVars, args, null));
        verifyNoInteractions(guard);
    }
}
