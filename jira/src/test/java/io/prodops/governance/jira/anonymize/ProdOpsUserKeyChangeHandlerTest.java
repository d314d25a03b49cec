package io.prodops.governance.jira.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.task.context.Context;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import io.prodops.governance.common.storage.UserKeyRewriter;
import org.junit.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class ProdOpsUserKeyChangeHandlerTest {
    private final UserKeyRewriter rewriter = mock(UserKeyRewriter.class);
    private final Context context = mock(Context.class);
    private final Context.Task task = mock(Context.Task.class);
    private final ProdOpsUserKeyChangeHandler handler = new ProdOpsUserKeyChangeHandler(rewriter);
    private final UserPropertyChangeParameter change = new UserPropertyChangeParameter("admin", "JIRAUSER10100", context);

    @Test
    public void affectedEntitiesCountEveryStoredReference() {
        when(rewriter.occurrences("admin")).thenReturn(Map.of("AUDIT_EVENT.ACTOR_KEY", 12, "PRD.CREATED_BY", 3));

        Collection<AffectedEntity> affected = handler.getAffectedEntities(change);

        assertEquals(1, affected.size());
        AffectedEntity entity = affected.iterator().next();
        assertEquals(AffectedEntityType.ANONYMIZE, entity.getType());
        assertEquals(Long.valueOf(15), entity.getNumberOfOccurrences());
        assertEquals("prodops.handler.userkey.affected", entity.getDescriptionKey());
        verify(rewriter, never()).rewrite(anyString(), anyString());
    }

    @Test
    public void noReferencesNoAffectedEntities() {
        when(rewriter.occurrences("admin")).thenReturn(Map.of());

        assertEquals(List.of(), List.copyOf(handler.getAffectedEntities(change)));
    }

    @Test
    public void updateRewritesTheKeyAndReportsProgress() {
        when(context.start(null)).thenReturn(task);
        when(rewriter.rewrite("admin", "JIRAUSER10100")).thenReturn(15);

        ServiceResult result = handler.update(change);

        assertTrue(result.isValid());
        verify(rewriter).rewrite("admin", "JIRAUSER10100");
        verify(task).complete();
        assertEquals(1, handler.getNumberOfTasks(change));
    }

    @Test
    public void aFailedRewriteIsAnErrorInTheResultAndStillCountsAsDone() {
        when(context.start(null)).thenReturn(task);
        when(rewriter.rewrite("admin", "JIRAUSER10100")).thenThrow(new IllegalStateException("deadlock"));

        ServiceResult result = handler.update(change);

        assertFalse(result.isValid());
        assertTrue(result.getErrorCollection().getErrorMessages().iterator().next().contains("deadlock"));
        verify(task).complete();
    }
}
