package io.prodops.governance.standalone.web;

import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.web.ApiError;
import io.prodops.governance.common.web.Json;
import io.prodops.governance.standalone.host.HostUserDirectory;
import io.prodops.governance.standalone.host.RequestCurrentUser;
import io.prodops.governance.standalone.host.RequestPageResources;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates every request: HTTP Basic credentials (scripts, tests) or the user of the HTTP session (browsers),
 * and binds that user to the thread for the {@code CurrentUser} port. Wrong Basic credentials get 401 at once.
 */
public final class AuthFilter extends HttpFilter {
    private static final String SESSION_LOGIN = AuthFilter.class.getName() + ".sessionLogin";

    private final HostUserDirectory users;
    private final RequestCurrentUser currentUser;
    private final RequestPageResources pageResources;

    public AuthFilter(HostUserDirectory users, RequestCurrentUser currentUser, RequestPageResources pageResources) {
        this.users = users;
        this.currentUser = currentUser;
        this.pageResources = pageResources;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<UserRef> user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).strip());
            if (user.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("WWW-Authenticate", "Basic realm=\"ProdOps standalone\", charset=\"UTF-8\"");
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(Json.write(new ApiError("NOT_AUTHENTICATED", "Wrong username or password.", List.of(), null)));
                return;
            }
        } else {
            user = sessionUser(request);
            if (user.isPresent()) {
                request.setAttribute(SESSION_LOGIN, Boolean.TRUE);
            }
        }
        currentUser.bind(user.orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            currentUser.clear();
            pageResources.drain();
        }
    }

    /** Whether the caller is logged in through the browser session (not HTTP Basic): only then is there a logout. */
    public static boolean isSessionLogin(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SESSION_LOGIN));
    }

    private Optional<UserRef> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private Optional<UserRef> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(Sessions.USER_KEY) instanceof String key)) {
            return Optional.empty();
        }
        Optional<UserRef> user = users.findByKey(key);
        if (user.isEmpty()) {
            session.removeAttribute(Sessions.USER_KEY); // the user was deleted or deactivated
        }
        return user;
    }
}
