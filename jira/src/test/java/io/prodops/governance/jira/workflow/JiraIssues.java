package io.prodops.governance.jira.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Mockito-built Jira issues as workflow modules receive them in transientVars. */
final class JiraIssues {
    private JiraIssues() {
    }

    static MutableIssue issue(long id, String key) {
        MutableIssue issue = mock(MutableIssue.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10L);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        when(project.getName()).thenReturn("Phoenix");
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Launch the thing");
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }
}
