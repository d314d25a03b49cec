package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.standalone.host.DemoData;
import io.prodops.governance.standalone.host.HostUserDirectory;
import io.prodops.governance.standalone.velocity.VelocityTemplateRenderer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login}: the host's login form. The form carries a token bound to a pre-login session (SameSite=Lax
 * cookie), so another site cannot log a visitor in; a successful login starts a new session (no fixation) and
 * returns to {@code next} when that is a path on this host.
 */
@UnrestrictedAccess
public final class LoginServlet extends HttpServlet {
    public static final String PATH = "/login";

    private final HostUserDirectory users;
    private final CurrentUser currentUser;
    private final HostPages pages;
    private final VelocityTemplateRenderer renderer;
    private final boolean showDemoUsers;

    public LoginServlet(HostUserDirectory users, CurrentUser currentUser, HostPages pages, VelocityTemplateRenderer renderer, boolean showDemoUsers) {
        this.users = users;
        this.currentUser = currentUser;
        this.pages = pages;
        this.renderer = renderer;
        this.showDemoUsers = showDemoUsers;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = Sessions.safeReturnPath(request.getParameter("next"), HostPages.ADMIN_PAGE);
        if (currentUser.get().isPresent()) {
            response.sendRedirect(request.getContextPath() + next);
            return;
        }
        String notice = request.getParameter("loggedOut") != null ? "You have logged out." : null;
        form(request, response, 200, next, "", null, notice);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = Sessions.safeReturnPath(request.getParameter("next"), HostPages.ADMIN_PAGE);
        String username = Optional.ofNullable(request.getParameter("username")).orElse("");
        if (!Sessions.isGenuineFormPost(request)) {
            form(request, response, 403, next, username, "Your login form expired or came from another site. Please try again.", null);
            return;
        }
        Optional<UserRef> user = users.authenticate(username, Optional.ofNullable(request.getParameter("password")).orElse(""));
        if (user.isEmpty()) {
            form(request, response, 401, next, username, "Sorry, your username and password are incorrect. Please try again.", null);
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(Sessions.USER_KEY, user.get().key());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + next);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, String next, String username,
                      String error, String notice) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("action", request.getContextPath() + PATH);
        context.put("next", next);
        context.put("token", Sessions.formToken(request));
        context.put("tokenParam", Sessions.TOKEN_PARAM);
        context.put("username", username);
        context.put("error", error);
        context.put("notice", notice);
        context.put("showDemoUsers", showDemoUsers);
        context.put("demoUsers", DemoData.USERS.stream().map(u -> u.username() + " \u2014 " + u.role()).toList());
        String body = renderer.render("templates/standalone/login.vm", context);
        HostPages.send(response, status, pages.page(request, "Log in", body, List.of()));
    }
}
