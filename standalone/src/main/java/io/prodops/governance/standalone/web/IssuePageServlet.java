package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.Texts;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.prd.web.PrdPanelView;
import io.prodops.governance.readiness.web.ReadinessPanelView;
import io.prodops.governance.standalone.host.HostWorkflow;
import io.prodops.governance.experiment.web.ExperimentPanelView;
import io.prodops.governance.standalone.velocity.VelocityTemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /browse/{issueKey}}: the standalone host's stand-in for Jira's issue view (key, summary, type, status,
 * project, assignee, due date, child and linked issues) with core's PRD panel in its right column (and the experiment
 * panel on Experiment issues), rendered from the same panel templates and view models as Jira's web panels, and above
 * them the launch readiness panel with the host's "Launch" button (Jira's own workflow transitions take its place
 * there). Host-specific and deliberately thin.
 */
@AnonymousSiteAccess
public final class IssuePageServlet extends HttpServlet {
    public static final String PATH = "/browse/*";
    static final String TEMPLATE = "templates/standalone/issue.vm";

    private final Access access;
    private final IssueDirectory issues;
    private final UserDirectory users;
    private final VelocityTemplateRenderer renderer;
    private final HostPages pages;
    private final LoginRedirects logins;
    private final HostWorkflow workflow;

    public IssuePageServlet(Access access, IssueDirectory issues, UserDirectory users, VelocityTemplateRenderer renderer, HostPages pages,
                            LoginRedirects logins, HostWorkflow workflow) {
        this.access = access;
        this.issues = issues;
        this.users = users;
        this.renderer = renderer;
        this.pages = pages;
        this.logins = logins;
        this.workflow = workflow;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String key = path == null || path.length() < 2 ? "" : URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
        IssueFacts issue;
        try {
            issue = access.requireBrowsable(key);
        } catch (NotAuthenticatedException e) {
            response.sendRedirect(logins.loginUri(URI.create(request.getRequestURI())).toASCIIString());
            return;
        } catch (NotFoundException e) {
            HostPages.send(response, 404, pages.errorPage(request, 404, "Issue " + key + " does not exist or you do not have permission to see it."));
            return;
        }
        Texts texts = new Texts(request.getLocale());
        String base = request.getContextPath();
        Map<String, Object> context = new HashMap<>();
        context.put("key", issue.key());
        context.put("summary", issue.summary());
        context.put("type", issue.issueType());
        context.put("status", issue.status());
        context.put("statusCategory", issue.statusCategory().name().replace('_', ' ').toLowerCase(Locale.ROOT));
        context.put("project", issue.project().name() + " (" + issue.project().key() + ")");
        context.put("assignee", issue.assignee() == null ? "Unassigned" : users.resolve(issue.assignee()).displayName());
        context.put("dueDate", issue.dueDate() == null ? "None" : issue.dueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)));
        context.put("issuesUrl", base + IssueListServlet.PATH);
        context.put("parent", issue.parentId() == null ? null : issues.findById(issue.parentId())
                .filter(p -> visible(p)).map(p -> row(base, p, null)).orElse(null));
        List<IssueRow> children = new ArrayList<>();
        for (IssueFacts child : issues.children(issue.id())) {
            if (visible(child)) {
                children.add(row(base, child, null));
            }
        }
        context.put("children", children);
        context.put("hasChildren", !children.isEmpty());
        List<IssueRow> links = new ArrayList<>();
        for (IssueLinkFacts link : issues.links(issue.id())) {
            issues.findById(link.otherIssueId()).filter(other -> visible(other)).ifPresent(other -> links.add(row(base, other,
                    link.direction() == IssueLinkFacts.Direction.OUTWARD ? link.linkType().toLowerCase(Locale.ROOT) : "is " + link.linkType().toLowerCase(Locale.ROOT) + " by")));
        }
        context.put("links", links);
        context.put("hasLinks", !links.isEmpty());
        context.put("panelLabel", texts.get("prodops.panel.label"));
        PrdPanelView panel = PrdPanelView.of(texts, base, issue.key(), canEdit(issue));
        context.put("panelHtml", renderer.render(PrdPanelView.TEMPLATE, Map.of("view", panel)));
        context.put("readinessLabel", texts.get("prodops.readypanel.label"));
        ReadinessPanelView readiness = canLaunch(issue)
                ? ReadinessPanelView.withLaunch(texts, base, issue.key(), base + launchPath(issue.key()))
                : ReadinessPanelView.of(texts, base, issue.key());
        context.put("readinessHtml", renderer.render(ReadinessPanelView.TEMPLATE, Map.of("view", readiness)));
        List<String> webResources = new ArrayList<>(List.of(WebResources.READINESS_PANEL, WebResources.PRD_PANEL));
        if (ExperimentPanelView.appliesTo(issue)) { // Experiment issues also get the experiment panel, as in Jira
            context.put("experimentPanelLabel", texts.get("prodops.exp.panel.label"));
            context.put("experimentPanelHtml", renderer.render(ExperimentPanelView.TEMPLATE,
                    Map.of("view", ExperimentPanelView.of(texts, base, issue.key(), canEdit(issue)))));
            webResources.add(WebResources.EXPERIMENT_PANEL);
        }
        String body = renderer.render(TEMPLATE, context);
        HostPages.send(response, 200, pages.page(request, HostPages.escape(issue.key() + " " + issue.summary()), body, webResources));
    }

    /**
     * Where the host's simple workflow takes the "Launch" transition of an issue (POST, JSON; {@link
     * HostTransitionResource}), relative to the context path: the readiness panel's Launch button posts there.
     */
    static String launchPath(String issueKey) {
        return HostTransitionResource.BASE + "/issues/" + java.net.URLEncoder.encode(issueKey, StandardCharsets.UTF_8)
                + "/transitions/" + HostWorkflow.LAUNCH;
    }

    /** The Launch button is for those who may transition the issue (Edit permission) while Launch is available. */
    private boolean canLaunch(IssueFacts issue) {
        return canEdit(issue) && workflow.find(issue, HostWorkflow.LAUNCH).isPresent();
    }

    private boolean visible(IssueFacts other) {
        try {
            access.requireBrowsable(other.key());
            return true;
        } catch (NotFoundException | NotAuthenticatedException e) {
            return false;
        }
    }

    private boolean canEdit(IssueFacts issue) {
        try {
            access.requireEditable(issue.key());
            return true;
        } catch (AccessDeniedException | NotAuthenticatedException | NotFoundException e) {
            return false;
        }
    }

    private static IssueRow row(String base, IssueFacts issue, String relation) {
        return new IssueRow(base, issue, relation);
    }
}
