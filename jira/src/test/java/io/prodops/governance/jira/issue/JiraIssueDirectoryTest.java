package io.prodops.governance.jira.issue;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@SuppressWarnings({"unchecked", "rawtypes"})
public class JiraIssueDirectoryTest {
    private final IssueManager issueManager = mock(IssueManager.class);
    private final IssueLinkManager linkManager = mock(IssueLinkManager.class);
    private final SearchService searchService = mock(SearchService.class);
    private final UserManager userManager = mock(UserManager.class);
    private final JiraIssueDirectory directory = new JiraIssueDirectory(issueManager, linkManager, searchService, userManager);
    private final Query query = mock(Query.class);
    private final MessageSet noErrors = messages();

    @Before
    public void validQueries() {
        when(searchService.parseQuery(any(), anyString())).thenReturn(new SearchService.ParseResult(query, noErrors));
    }

    @Test
    public void findByKeyMapsEveryFact() {
        MutableIssue issue = issue(10L, "ABC-1", "new");
        when(issue.getSummary()).thenReturn("Launch checkout");
        when(issue.getAssigneeId()).thenReturn("JIRAUSER10001");
        when(issue.getDueDate()).thenReturn(Timestamp.valueOf(LocalDateTime.of(2026, 12, 24, 0, 0)));
        when(issue.getParentId()).thenReturn(7L);
        when(issueManager.getIssueObject("ABC-1")).thenReturn(issue);

        IssueFacts facts = directory.findByKey("ABC-1").orElseThrow();

        assertEquals(new IssueFacts(10L, "ABC-1", "Launch checkout", new ProjectRef(100L, "ABC", "Alpha"), "Story", "Status new",
                io.prodops.governance.common.domain.StatusCategory.TO_DO, "JIRAUSER10001", LocalDate.of(2026, 12, 24), 7L), facts);
    }

    @Test
    public void statusCategoriesMapToTheAppsThree() {
        assertEquals(io.prodops.governance.common.domain.StatusCategory.IN_PROGRESS,
                JiraIssueDirectory.toFacts(issue(1L, "A-1", StatusCategory.IN_PROGRESS)).statusCategory());
        assertEquals(io.prodops.governance.common.domain.StatusCategory.DONE,
                JiraIssueDirectory.toFacts(issue(1L, "A-1", StatusCategory.COMPLETE)).statusCategory());
        assertEquals(io.prodops.governance.common.domain.StatusCategory.TO_DO,
                JiraIssueDirectory.toFacts(issue(1L, "A-1", StatusCategory.UNDEFINED)).statusCategory());
    }

    @Test
    public void unknownOrBlankKeysAreEmpty() {
        assertEquals(Optional.empty(), directory.findByKey("NOPE-1"));
        assertEquals(Optional.empty(), directory.findByKey(" "));
        verify(issueManager, never()).getIssueObject(" ");
    }

    @Test
    public void findByIdUsesTheId() {
        MutableIssue issue = issue(42L, "ABC-42", "done");
        when(issueManager.getIssueObject(42L)).thenReturn(issue);

        assertEquals("ABC-42", directory.findById(42L).orElseThrow().key());
        assertEquals(Optional.empty(), directory.findById(43L));
    }

    @Test
    public void childrenAreFoundWithJqlParentPageByPageWithFullVisibility() throws Exception {
        MutableIssue parent = issue(1L, "ABC-1", "new");
        when(issueManager.getIssueObject(1L)).thenReturn(parent);
        List<Issue> first = new ArrayList<>();
        for (int i = 0; i < JiraIssueDirectory.MAX_PAGE_SIZE; i++) {
            first.add(issue(1000L + i, "ABC-" + (1000 + i), "new"));
        }
        List<Issue> second = List.of(issue(5000L, "ABC-5000", "done"));
        when(searchService.searchOverrideSecurity(isNull(), eq(query), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(first, 501, 500, 0), new SearchResults<>(second, 501, 500, 500));

        List<IssueFacts> children = directory.children(1L);

        assertEquals(501, children.size());
        verify(searchService).parseQuery(null, "parent = \"ABC-1\" OR \"Epic Link\" = \"ABC-1\" OR \"Parent Link\" = \"ABC-1\" ORDER BY key ASC");
        ArgumentCaptor<PagerFilter> pagers = ArgumentCaptor.forClass(PagerFilter.class);
        verify(searchService, times(2)).searchOverrideSecurity(isNull(), eq(query), pagers.capture());
        assertEquals(0, pagers.getAllValues().get(0).getStart());
        assertEquals(500, pagers.getAllValues().get(0).getMax());
        assertEquals(500, pagers.getAllValues().get(1).getStart());
        verify(searchService, never()).search(any(), any(), any());
    }

    @Test
    public void childrenFallBackToNarrowerRelationsWhenAFieldDoesNotExist() throws Exception {
        MutableIssue parent = issue(1L, "ABC-1", "new");
        when(issueManager.getIssueObject(1L)).thenReturn(parent);
        List<String> queries = JiraIssueDirectory.childQueries("ABC-1");
        MessageSet noSuchField = messages("Field 'Parent Link' does not exist or you do not have permission to view it.");
        when(searchService.parseQuery(any(), eq(queries.get(0)))).thenReturn(new SearchService.ParseResult(null, noSuchField));
        Issue child = issue(7L, "ABC-7", "new");
        when(searchService.searchOverrideSecurity(isNull(), eq(query), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(List.of(child), 1, 500, 0));

        assertEquals(List.of("ABC-7"), directory.children(1L).stream().map(IssueFacts::key).toList());
        verify(searchService).parseQuery(null, "parent = \"ABC-1\" OR \"Epic Link\" = \"ABC-1\" ORDER BY key ASC");
        verify(searchService, never()).parseQuery(null, queries.get(2));
    }

    @Test
    public void childrenOfAMissingIssueAreNone() {
        assertEquals(List.of(), directory.children(99L));
        verifyNoInteractions(searchService);
    }

    @Test
    public void linksAreSeenFromTheIssue() {
        IssueLink blocks = link(1L, 2L, "Blocks");
        IssueLink relates = link(3L, 1L, "Relates");
        when(linkManager.getOutwardLinks(1L)).thenReturn(List.of(blocks));
        when(linkManager.getInwardLinks(1L)).thenReturn(List.of(relates));

        assertEquals(List.of(new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.OUTWARD, 2L),
                new IssueLinkFacts("Relates", IssueLinkFacts.Direction.INWARD, 3L)), directory.links(1L));
    }

    @Test
    public void searchAsAUserIsFilteredByTheirPermissions() throws Exception {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(userManager.getUserByKey("alice")).thenReturn(alice);
        List<Issue> hits = List.of(issue(5L, "ABC-5", "new"));
        when(searchService.search(eq(alice), eq(query), any(PagerFilter.class))).thenReturn(new SearchResults<>(hits, 31, 10, 20));

        SearchPage page = directory.search("project = ABC", 20, 10, Optional.of(new UserRef("alice", "Alice")));

        assertEquals(31, page.total());
        assertEquals("ABC-5", page.issues().get(0).key());
        verify(searchService).parseQuery(alice, "project = ABC");
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(searchService).search(eq(alice), eq(query), pager.capture());
        assertEquals(20, pager.getValue().getStart());
        assertEquals(10, pager.getValue().getMax());
        verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void searchWithoutSearcherHasFullVisibilityAndABoundedPage() throws Exception {
        when(searchService.searchOverrideSecurity(isNull(), eq(query), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(List.of(), 0, 500, 0));

        directory.search("project = ABC", 0, 1_000_000, Optional.empty());

        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(searchService).searchOverrideSecurity(isNull(), eq(query), pager.capture());
        assertEquals(JiraIssueDirectory.MAX_PAGE_SIZE, pager.getValue().getMax());
        verify(searchService, never()).search(any(), any(), any());
    }

    @Test
    public void invalidJqlIsReportedWithJirasMessage() {
        MessageSet errors = messages("Error in the JQL Query: expecting a value.");
        when(searchService.parseQuery(any(), eq("project = = ABC"))).thenReturn(new SearchService.ParseResult(null, errors));

        IssueDirectory.InvalidQueryException e = assertThrows(IssueDirectory.InvalidQueryException.class,
                () -> directory.search("project = = ABC", 0, 10, Optional.empty()));
        assertTrue(e.getMessage().contains("expecting a value"));
    }

    @Test
    public void validatingJqlParsesWithoutSearching() throws Exception {
        directory.validateJql("project = ABC");
        verify(searchService).parseQuery(null, "project = ABC");
        verify(searchService, never()).searchOverrideSecurity(any(), any(), any());

        MessageSet errors = messages("expecting ')'");
        when(searchService.parseQuery(any(), eq("project in (ABC"))).thenReturn(new SearchService.ParseResult(null, errors));
        IssueDirectory.InvalidQueryException e = assertThrows(IssueDirectory.InvalidQueryException.class,
                () -> directory.validateJql("project in (ABC"));
        assertTrue(e.getMessage(), e.getMessage().contains("expecting ')'"));
    }

    @Test
    public void aSearcherJiraNoLongerKnowsSeesNothing() {
        SearchPage page = directory.search("project = ABC", 0, 10, Optional.of(new UserRef("gone", "Gone")));

        assertEquals(0, page.total());
        verifyNoInteractions(searchService);
    }

    @Test
    public void searchFailuresAreNotSwallowed() throws Exception {
        when(searchService.searchOverrideSecurity(isNull(), eq(query), any(PagerFilter.class))).thenThrow(new SearchException("index down"));

        assertThrows(IllegalStateException.class, () -> directory.search("project = ABC", 0, 10, Optional.empty()));
    }

    @Test
    public void findByIdsLoadsIssuesInBatchesOf500AndLeavesOutTheMissing() {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 1001; id++) {
            ids.add(id);
        }
        ids.add(7L); // duplicates are asked once
        when(issueManager.getIssueObjects(org.mockito.ArgumentMatchers.anyCollection())).thenAnswer(invocation -> {
            java.util.Collection<Long> asked = invocation.getArgument(0);
            List<Issue> found = new ArrayList<>();
            for (Long id : asked) {
                if (id % 2 == 1) { // even ids are deleted: Jira leaves them out
                    found.add(issue(id, "ABC-" + id, StatusCategory.IN_PROGRESS));
                }
            }
            return found;
        });
        List<IssueFacts> facts = directory.findByIds(ids);
        assertEquals(501, facts.size());
        assertEquals("ABC-1", facts.get(0).key());
        assertEquals(io.prodops.governance.common.domain.StatusCategory.IN_PROGRESS, facts.get(0).statusCategory());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<java.util.Collection<Long>> batches = ArgumentCaptor.forClass(java.util.Collection.class);
        verify(issueManager, org.mockito.Mockito.times(3)).getIssueObjects(batches.capture());
        assertEquals(List.of(500, 500, 1), batches.getAllValues().stream().map(java.util.Collection::size).toList());
        verify(issueManager, org.mockito.Mockito.never()).getIssueObject(org.mockito.ArgumentMatchers.anyLong());
        assertEquals(List.of(), directory.findByIds(List.of()));
    }

    private static MutableIssue issue(long id, String key, String categoryKey) {
        MutableIssue issue = mock(MutableIssue.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(100L);
        when(project.getKey()).thenReturn("ABC");
        when(project.getName()).thenReturn("Alpha");
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Story");
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Status " + categoryKey);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getStatus()).thenReturn(status);
        return issue;
    }

    private static IssueLink link(long source, long destination, String typeName) {
        IssueLink link = mock(IssueLink.class);
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getName()).thenReturn(typeName);
        when(link.getSourceId()).thenReturn(source);
        when(link.getDestinationId()).thenReturn(destination);
        when(link.getIssueLinkType()).thenReturn(type);
        return link;
    }

    private static MessageSet messages(String... errors) {
        MessageSet set = mock(MessageSet.class);
        when(set.getErrorMessages()).thenReturn(Set.of(errors));
        when(set.hasAnyErrors()).thenReturn(errors.length > 0);
        return set;
    }
}
