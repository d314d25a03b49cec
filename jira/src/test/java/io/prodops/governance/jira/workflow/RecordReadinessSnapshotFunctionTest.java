package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.readiness.domain.LaunchGuard;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

public class RecordReadinessSnapshotFunctionTest {
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");

    private final LaunchGuard guard = mock(LaunchGuard.class);
    private final UserDirectory users = mock(UserDirectory.class);
    private final RecordReadinessSnapshotFunction function = new RecordReadinessSnapshotFunction(guard, users);
    private final MutableIssue issue = JiraIssues.issue(42L, "PHX-7");
    private final Map<String, Object> transientVars = new HashMap<>();

    @Before
    public void launchTransitionByPete() {
        WorkflowContext context = mock(WorkflowContext.class);
        when(context.getCaller()).thenReturn(PETE.key());
        WorkflowDescriptor workflow = mock(WorkflowDescriptor.class);
        ActionDescriptor launch = mock(ActionDescriptor.class);
        when(launch.getName()).thenReturn("Launch");
        when(workflow.getAction(31)).thenReturn(launch);
        transientVars.put("context", context);
        transientVars.put("issue", issue);
        transientVars.put("descriptor", workflow);
        transientVars.put("actionId", 31);
        when(users.resolve(PETE.key())).thenReturn(PETE);
        when(guard.recordSnapshot(any(), any(), any(), any())).thenReturn(Optional.empty());
    }

    @Test
    public void theSnapshotRecordsWhoLaunchedWhichIssueThroughWhichTransition() {
        function.execute(transientVars, Map.of("gateset", "STANDARD_LAUNCH"), null);
        ArgumentCaptor<IssueFacts> facts = ArgumentCaptor.forClass(IssueFacts.class);
        verify(guard).recordSnapshot(facts.capture(), eq("STANDARD_LAUNCH"), eq(PETE), eq("Launch"));
        assertEquals(42L, facts.getValue().id());
    }

    @Test
    public void withoutTheWorkflowDescriptorTheTransitionNameIsLeftOut() {
        transientVars.remove("descriptor");
        function.execute(transientVars, Map.of("gateset", "STANDARD_LAUNCH"), null);
        verify(guard).recordSnapshot(any(), eq("STANDARD_LAUNCH"), eq(PETE), eq(null));
    }

    @Test
    public void nothingFailsTheTransitionThatAlreadyHappened() {
        function.execute(transientVars, Map.of(), null); // broken configuration: logged
        verifyNoInteractions(guard);
        when(guard.recordSnapshot(any(), any(), any(), any())).thenThrow(new IllegalStateException("database down"));
        function.execute(transientVars, Map.of("gateset", "STANDARD_LAUNCH"), null); // logged, not thrown
    }
}
