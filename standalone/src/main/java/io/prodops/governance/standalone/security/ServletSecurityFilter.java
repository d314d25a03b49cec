package io.prodops.governance.standalone.security;

import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.port.LoginRedirects;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Enforces the Platform-8 security annotation of one servlet (on its class or package), mapped on exactly that
 * servlet's paths. Anonymous callers of a page that needs a login are sent to the login page (GET) or get 401;
 * a servlet without an annotation is refused with 403.
 */
public final class ServletSecurityFilter extends HttpFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ServletSecurityFilter.class);

    private final Optional<AccessLevel> level;
    private final Authorizer authorizer;
    private final CurrentUser currentUser;
    private final LoginRedirects logins;

    public ServletSecurityFilter(Class<?> servletClass, Authorizer authorizer, CurrentUser currentUser, LoginRedirects logins) {
        this.level = AccessLevel.of(null, servletClass);
        this.authorizer = authorizer;
        this.currentUser = currentUser;
        this.logins = logins;
        if (level.isEmpty()) {
            LOG.warn("Servlet {} declares no (or contradictory) security annotations: every request is refused", servletClass.getName());
        }
    }

    public Optional<AccessLevel> level() {
        return level;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        switch (authorizer.decide(level, currentUser.get())) {
            case ALLOW -> chain.doFilter(request, response);
            case NOT_AUTHENTICATED -> {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                    String query = request.getQueryString();
                    URI here = URI.create(request.getRequestURI() + (query == null ? "" : "?" + query));
                    response.sendRedirect(request.getContextPath() + logins.loginUri(here));
                } else {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in to do this.");
                }
            }
            case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN, level.isEmpty()
                    ? "This page declares no security annotation and is refused (secure by default)."
                    : "You do not have permission to view this page.");
        }
    }
}
