package io.prodops.governance.standalone.web;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.web.Pages;
import io.prodops.governance.standalone.host.RequestPageResources;
import io.prodops.governance.standalone.velocity.VelocityTemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone chrome around every HTML page: header with the app name, navigation, the logged-in user and a
 * logout button; the web-resource tags the page required. Jira's decorators do this inside Jira.
 */
public final class HostPages {
    public static final String SERVLET_ROOT = "/plugins/servlet";
    public static final String ADMIN_PAGE = SERVLET_ROOT + Pages.ADMIN;
    public static final String TEMPLATES_PAGE = SERVLET_ROOT + Pages.TEMPLATES;
    static final String GATESETS_PAGE = SERVLET_ROOT + Pages.GATESETS;
    public static final String EXPERIMENT_TYPE_PAGE = SERVLET_ROOT + Pages.EXPERIMENT_TYPE;
    static final String PORTFOLIO_PAGE = SERVLET_ROOT + Pages.PORTFOLIO;
    static final String PORTFOLIO_RULES_PAGE = SERVLET_ROOT + Pages.PORTFOLIO_RULES;
    public static final String STATIC_ROOT = "/static/";
    static final String TEMPLATE = "templates/standalone/page.vm";

    private static final Pattern DECORATOR_META = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final VelocityTemplateRenderer renderer;
    private final CurrentUser currentUser;
    private final String appName;

    public HostPages(VelocityTemplateRenderer renderer, CurrentUser currentUser, String appName) {
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.appName = appName;
    }

    /** A page a servlet rendered as a full document that asks for a decorator, split into title and body. */
    public record PageParts(String titleHtml, String bodyHtml) {
        public static Optional<PageParts> of(String html) {
            if (!DECORATOR_META.matcher(html).find()) {
                return Optional.empty();
            }
            Matcher title = TITLE.matcher(html);
            Matcher body = BODY.matcher(html);
            return Optional.of(new PageParts(title.find() ? title.group(1).strip() : "", body.find() ? body.group(1) : html));
        }
    }

    /**
     * The whole page. {@code titleHtml} and {@code bodyHtml} are HTML already (escaped by whoever rendered them).
     */
    public String page(HttpServletRequest request, String titleHtml, String bodyHtml, List<String> modules) {
        Map<String, Object> context = new HashMap<>();
        String contextPath = request.getContextPath();
        context.put("appName", appName);
        context.put("titleHtml", titleHtml.isBlank() || titleHtml.equals(escape(appName)) ? escape(appName) : titleHtml + " - " + escape(appName));
        context.put("bodyHtml", bodyHtml);
        List<String> stylesheets = new ArrayList<>();
        stylesheets.add(contextPath + STATIC_ROOT + "standalone.css");
        RequestPageResources.urls(modules, ".css").forEach(u -> stylesheets.add(contextPath + u));
        List<String> scripts = new ArrayList<>();
        RequestPageResources.urls(modules, ".js").forEach(u -> scripts.add(contextPath + u));
        context.put("stylesheets", stylesheets);
        context.put("scripts", scripts);
        context.put("base", contextPath);
        context.put("favicon", contextPath + STATIC_ROOT + "favicon.svg");
        context.put("adminUrl", contextPath + ADMIN_PAGE);
        context.put("adminCurrent", (contextPath + ADMIN_PAGE).equals(request.getRequestURI()) ? "page" : "false");
        context.put("issuesUrl", contextPath + IssueListServlet.PATH);
        context.put("issuesCurrent", (contextPath + IssueListServlet.PATH).equals(request.getRequestURI()) ? "page" : "false");
        context.put("templatesUrl", contextPath + TEMPLATES_PAGE);
        context.put("templatesCurrent", (contextPath + TEMPLATES_PAGE).equals(request.getRequestURI()) ? "page" : "false");
        context.put("gatesetsUrl", contextPath + GATESETS_PAGE);
        context.put("gatesetsCurrent", (contextPath + GATESETS_PAGE).equals(request.getRequestURI()) ? "page" : "false");
        context.put("portfolioUrl", contextPath + PORTFOLIO_PAGE);
        context.put("portfolioCurrent", (contextPath + PORTFOLIO_PAGE).equals(request.getRequestURI()) ? "page" : "false");
        context.put("rulesUrl", contextPath + PORTFOLIO_RULES_PAGE);
        context.put("rulesCurrent", (contextPath + PORTFOLIO_RULES_PAGE).equals(request.getRequestURI()) ? "page" : "false");
        context.put("experimentTypeUrl", contextPath + EXPERIMENT_TYPE_PAGE);
        context.put("experimentTypeCurrent", (contextPath + EXPERIMENT_TYPE_PAGE).equals(request.getRequestURI()) ? "page" : "false");
        Optional<UserRef> user = currentUser.get();
        if (user.isPresent()) {
            context.put("userName", user.get().displayName());
            if (AuthFilter.isSessionLogin(request)) {
                context.put("formToken", Sessions.formToken(request));
            }
        }
        context.put("loginPage", request.getRequestURI().equals(contextPath + "/login"));
        return renderer.render(TEMPLATE, context);
    }

    /** A decorated error page; {@code message} is plain text. */
    public String errorPage(HttpServletRequest request, int status, String message) {
        String heading = switch (status) {
            case 401 -> "Log in required";
            case 403 -> "Access denied";
            case 404 -> "Page not found";
            default -> "Something went wrong";
        };
        Map<String, Object> context = new HashMap<>();
        context.put("heading", heading);
        context.put("status", status);
        context.put("message", message == null ? "" : message);
        context.put("loginUrl", currentUser.get().isEmpty() ? request.getContextPath() + "/login" : null);
        String body = renderer.render("templates/standalone/error.vm", context);
        return page(request, escape(heading), body, List.of());
    }

    public static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String escape(String text) {
        return io.prodops.governance.standalone.velocity.HtmlEscapingReferenceInsertion.escape(text);
    }
}
