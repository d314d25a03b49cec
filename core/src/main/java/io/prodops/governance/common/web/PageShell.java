package io.prodops.governance.common.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.port.LoginRedirects;
import io.prodops.governance.common.port.PageResources;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every page servlet does around its own checks: send anonymous visitors to the host's login (and back), and
 * render a Velocity page shell with its web-resource module, never cached.
 */
@Named
public class PageShell {
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]{1,18}");
    private final TemplateRenderer renderer;
    private final PageResources resources;
    private final LoginRedirects logins;

    @Inject
    public PageShell(TemplateRenderer renderer, PageResources resources, LoginRedirects logins) {
        this.renderer = renderer;
        this.resources = resources;
        this.logins = logins;
    }

    public void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        URI here = URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
        response.sendRedirect(logins.loginUri(here).toASCIIString());
    }

    /**
     * The gate of the ops-only pages: anonymous visitors go to the login, callers who are neither ops managers nor
     * admins get a 403 with {@code forbiddenKey}'s text. Returns the caller when the page may be shown.
     */
    public Optional<UserRef> opsManager(Access access, HttpServletRequest request, HttpServletResponse response, String forbiddenKey)
            throws IOException {
        Optional<UserRef> caller = access.caller();
        if (caller.isEmpty()) {
            redirectToLogin(request, response);
            return Optional.empty();
        }
        if (!access.isOpsManager(caller.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, new Texts(request.getLocale()).get(forbiddenKey));
            return Optional.empty();
        }
        return caller;
    }

    /** Renders {@code template} with {@code $view} and the JS/CSS of {@code webResource} (a {@link WebResources} key). */
    /** A page whose script does the work: the {@link ScriptPageView} shell with the strings under {@code messagePrefixes}. */
    public void renderScriptPage(HttpServletRequest request, HttpServletResponse response, String webResource, String template,
                                 String... messagePrefixes) throws IOException {
        render(response, webResource, template, new ScriptPageView(new Texts(request.getLocale()), request.getContextPath(), messagePrefixes));
    }

    public void render(HttpServletResponse response, String webResource, String template, Object view) throws IOException {
        resources.require(webResource);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, Map.of("view", view), response.getWriter());
    }

    /**
     * The issue a per-issue page is about ({@link #issueKey}), if the caller may browse it. Otherwise answers for the
     * page and returns empty: 404 with {@code noIssueKey}'s text for a missing or malformed key, 404 with
     * {@code notFoundKey}'s (the key as argument) for an issue that does not exist or is hidden, the host's login for
     * anonymous visitors without anonymous access.
     */
    public Optional<IssueFacts> browsableIssue(HttpServletRequest request, HttpServletResponse response, Access access, String pagePath,
                                               Texts texts, String noIssueKey, String notFoundKey) throws IOException {
        Optional<String> issueKey = issueKey(request, pagePath);
        if (issueKey.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, texts.get(noIssueKey));
            return Optional.empty();
        }
        try {
            return Optional.of(access.requireBrowsable(issueKey.get()));
        } catch (NotAuthenticatedException e) {
            redirectToLogin(request, response);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, texts.get(notFoundKey, issueKey.get()));
        }
        return Optional.empty();
    }

    /**
     * The issue key of a per-issue page: from the path after {@code pagePath} ({@code .../prodops/prd/PHX-1}) or the
     * {@code issueKey} parameter; only well-formed keys.
     */
    public static Optional<String> issueKey(HttpServletRequest request, String pagePath) {
        String uri = request.getRequestURI();
        String marker = pagePath + "/";
        int at = uri == null ? -1 : uri.indexOf(marker);
        String key = at >= 0 ? URLDecoder.decode(uri.substring(at + marker.length()), StandardCharsets.UTF_8) : request.getParameter("issueKey");
        if (key == null || key.isEmpty()) {
            key = request.getParameter("issueKey");
        }
        return key != null && ISSUE_KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }
}
