package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /} goes to the ProdOps admin page (via the login page when needed); any other unknown path is a 404. */
@UnrestrictedAccess
public final class RootServlet extends HttpServlet {
    private final HostPages pages;

    public RootServlet(HostPages pages) {
        this.pages = pages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.isEmpty() || path.equals("/")) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            response.sendRedirect(request.getContextPath() + HostPages.ADMIN_PAGE);
            return;
        }
        HostPages.send(response, 404, pages.errorPage(request, 404, "There is no page at this address."));
    }
}
