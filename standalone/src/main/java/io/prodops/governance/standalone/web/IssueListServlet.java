package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.UnlicensedSiteAccess;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.port.IssueDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.prodops.governance.standalone.velocity.VelocityTemplateRenderer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /issues}: the demo issues the logged-in user may browse, initiatives and epics first, each linking to its
 * issue page. Host-specific (Jira has its own issue navigator).
 */
@UnlicensedSiteAccess
public final class IssueListServlet extends HttpServlet {
    public static final String PATH = "/issues";
    static final String TEMPLATE = "templates/standalone/issues.vm";
    private static final Set<String> PLANNING_TYPES = Set.of("Initiative", "Epic");

    private final IssueDirectory issues;
    private final CurrentUser currentUser;
    private final VelocityTemplateRenderer renderer;
    private final HostPages pages;

    public IssueListServlet(IssueDirectory issues, CurrentUser currentUser, VelocityTemplateRenderer renderer, HostPages pages) {
        this.issues = issues;
        this.currentUser = currentUser;
        this.renderer = renderer;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserRef> user = currentUser.get(); // the security annotation guarantees a logged-in user
        List<IssueRow> planning = new ArrayList<>();
        List<IssueRow> other = new ArrayList<>();
        for (IssueFacts issue : issues.search("", 0, 1000, user).issues()) {
            (PLANNING_TYPES.contains(issue.issueType()) ? planning : other).add(new IssueRow(request.getContextPath(), issue, null));
        }
        String body = renderer.render(TEMPLATE, Map.of("planning", planning, "other", other));
        HostPages.send(response, 200, pages.page(request, "Issues", body, List.of()));
    }
}
