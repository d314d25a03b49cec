package io.prodops.governance.jira.issue;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
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
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.IssueDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link IssueDirectory} over Jira 11's supported APIs: {@code IssueManager} for lookups, {@code IssueLinkManager}
 * for links and {@code SearchService} with JQL for searches. No Lucene (removed in Jira 11) and never an unlimited
 * pager (gone in Jira 12; OpenSearch answers at most 10,000 hits): every search is a bounded page.
 */
@Named
public class JiraIssueDirectory implements IssueDirectory {
    /** Largest page one call asks Jira for. */
    static final int MAX_PAGE_SIZE = 500;
    /** Jira 11 (OpenSearch {@code max_result_window}) serves hits up to this offset; children stop there. */
    static final int RESULT_WINDOW = 10_000;

    private final IssueManager issues;
    private final IssueLinkManager links;
    private final SearchService search;
    private final UserManager users;

    @Inject
    public JiraIssueDirectory(@ComponentImport IssueManager issues, @ComponentImport IssueLinkManager links,
                              @ComponentImport SearchService search, @ComponentImport UserManager users) {
        this.issues = issues;
        this.links = links;
        this.search = search;
        this.users = users;
    }

    @Override
    public Optional<IssueFacts> findByKey(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(issues.getIssueObject(issueKey)).map(JiraIssueDirectory::toFacts);
    }

    @Override
    public Optional<IssueFacts> findById(long issueId) {
        return Optional.ofNullable(issues.getIssueObject(issueId)).map(JiraIssueDirectory::toFacts);
    }

    /**
     * Batched: one {@code IssueManager.getIssueObjects} call per {@value #MAX_PAGE_SIZE} distinct ids (Jira leaves
     * ids it does not find out of the list). No batched link API is known for Jira 11, so {@link #linksOf} keeps the
     * port's one-by-one default (two {@code IssueLinkManager} reads per issue).
     */
    @Override
    public List<IssueFacts> findByIds(Collection<Long> issueIds) {
        List<Long> ids = issueIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        List<IssueFacts> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += MAX_PAGE_SIZE) {
            for (Issue issue : nullSafe(issues.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + MAX_PAGE_SIZE))))) {
                if (issue != null) {
                    found.add(toFacts(issue));
                }
            }
        }
        return found;
    }

    /** {@code parent = KEY} with full visibility (lookups here are not permission-filtered), page by page. */
    @Override
    public List<IssueFacts> children(long issueId) {
        Issue parent = issues.getIssueObject(issueId);
        if (parent == null) {
            return List.of();
        }
        com.atlassian.query.Query query = childQuery(parent.getKey());
        List<IssueFacts> children = new ArrayList<>();
        int start = 0;
        while (start < RESULT_WINDOW) {
            SearchPage page = run(null, false, query, start, Math.min(MAX_PAGE_SIZE, RESULT_WINDOW - start));
            children.addAll(page.issues());
            start += page.issues().size();
            if (page.issues().isEmpty() || start >= page.total()) {
                break;
            }
        }
        return children;
    }

    /**
     * Children in Jira DC are three relations: sub-tasks ({@code parent}), issues in an epic (Jira Software's
     * {@code "Epic Link"}) and issues under an initiative (Advanced Roadmaps' {@code "Parent Link"}). A field this Jira
     * does not have (Software or Advanced Roadmaps disabled) makes its clause unparsable, so the next narrower query is
     * used; sub-tasks always work.
     */
    private com.atlassian.query.Query childQuery(String parentKey) {
        List<String> queries = childQueries(parentKey);
        for (int i = 0; i < queries.size() - 1; i++) {
            SearchService.ParseResult parsed = search.parseQuery(null, queries.get(i));
            if (parsed.isValid()) {
                return parsed.getQuery();
            }
        }
        return parse(null, queries.get(queries.size() - 1));
    }

    static List<String> childQueries(String parentKey) {
        String key = quote(parentKey);
        return List.of("parent = " + key + " OR \"Epic Link\" = " + key + " OR \"Parent Link\" = " + key + " ORDER BY key ASC",
                "parent = " + key + " OR \"Epic Link\" = " + key + " ORDER BY key ASC",
                "parent = " + key + " ORDER BY key ASC");
    }

    @Override
    public List<IssueLinkFacts> links(long issueId) {
        List<IssueLinkFacts> result = new ArrayList<>();
        for (IssueLink link : nullSafe(links.getOutwardLinks(issueId))) {
            result.add(new IssueLinkFacts(linkTypeName(link), IssueLinkFacts.Direction.OUTWARD, link.getDestinationId()));
        }
        for (IssueLink link : nullSafe(links.getInwardLinks(issueId))) {
            result.add(new IssueLinkFacts(linkTypeName(link), IssueLinkFacts.Direction.INWARD, link.getSourceId()));
        }
        return result;
    }

    @Override
    public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
        ApplicationUser user = null;
        if (searcher.isPresent()) {
            user = users.getUserByKey(searcher.get().key());
            if (user == null) {
                return new SearchPage(List.of(), 0); // a deleted or anonymized user sees nothing
            }
        }
        com.atlassian.query.Query query = parse(user, jql == null ? "" : jql);
        int size = Math.max(0, Math.min(max, MAX_PAGE_SIZE));
        if (size == 0) {
            return new SearchPage(List.of(), 0);
        }
        return run(user, searcher.isPresent(), query, Math.max(0, start), size);
    }

    /** Parses without a user (syntax and known clauses; no search runs). */
    @Override
    public void validateJql(String jql) {
        parse(null, jql == null ? "" : jql);
    }

    private com.atlassian.query.Query parse(ApplicationUser user, String jql) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new InvalidQueryException(String.join(" ", parsed.getErrors().getErrorMessages()));
        }
        return parsed.getQuery();
    }

    /** As the user (results filtered by their permissions) or, with {@code asUser} false, with full visibility. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private SearchPage run(ApplicationUser user, boolean asUser, com.atlassian.query.Query query, int start, int size) {
        PagerFilter pager = new PagerFilter(start, size);
        try {
            SearchResults<Issue> results = asUser ? search.search(user, query, pager) : search.searchOverrideSecurity(user, query, pager);
            List<IssueFacts> facts = new ArrayList<>();
            for (Issue issue : nullSafe(results.getResults())) {
                facts.add(toFacts(issue));
            }
            return new SearchPage(facts, results.getTotal());
        } catch (SearchException e) {
            throw new IllegalStateException("Jira could not run the search: " + e.getMessage(), e);
        }
    }

    /** Facts of an issue Jira already loaded (no further look-ups): also what the workflow modules evaluate. */
    public static IssueFacts toFacts(Issue issue) {
        Project project = issue.getProjectObject();
        IssueType type = issue.getIssueType();
        Status status = issue.getStatus();
        Timestamp due = issue.getDueDate();
        return new IssueFacts(issue.getId(), issue.getKey(), issue.getSummary(),
                new ProjectRef(project.getId(), project.getKey(), project.getName()),
                type == null ? null : type.getName(),
                status == null ? null : status.getName(),
                category(status),
                issue.getAssigneeId(),
                due == null ? null : LocalDate.from(due.toLocalDateTime()),
                issue.getParentId());
    }

    static io.prodops.governance.common.domain.StatusCategory category(Status status) {
        StatusCategory category = status == null ? null : status.getStatusCategory();
        String key = category == null ? null : category.getKey();
        if (StatusCategory.COMPLETE.equals(key)) {
            return io.prodops.governance.common.domain.StatusCategory.DONE;
        } else if (StatusCategory.IN_PROGRESS.equals(key)) {
            return io.prodops.governance.common.domain.StatusCategory.IN_PROGRESS;
        }
        return io.prodops.governance.common.domain.StatusCategory.TO_DO; // "new" and "undefined"
    }

    private static String linkTypeName(IssueLink link) {
        IssueLinkType type = link.getIssueLinkType();
        return type == null ? null : type.getName();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
