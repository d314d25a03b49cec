package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/** {@code POST /logout} with the session's form token ends the session. GET is not allowed (405). */
@UnrestrictedAccess
public final class LogoutServlet extends HttpServlet {
    public static final String PATH = "/logout";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Sessions.USER_KEY) != null) {
            if (!Sessions.isGenuineFormPost(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "The logout form expired or came from another site.");
                return;
            }
            session.invalidate();
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + LoginServlet.PATH + "?loggedOut=1");
    }
}
