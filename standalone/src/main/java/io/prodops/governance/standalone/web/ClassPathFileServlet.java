package io.prodops.governance.standalone.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

/**
 * Serves a fixed set of class-path files: the app's web-resource modules under
 * {@code /download/resources/<app>:<module>/<file>} (exactly the files core's WebResources lists) and the host's
 * own CSS and icon under {@code /static/}. Nothing else on the class path is reachable.
 */
@UnrestrictedAccess
public final class ClassPathFileServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png");

    private final Function<String, String> resolve;

    /** @param resolve from the path info (e.g. {@code /io.prodops.governance:admin-page/js/admin.js}) to a class-path resource, or null */
    public ClassPathFileServlet(Function<String, String> resolve) {
        this.resolve = resolve;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        String resource = pathInfo == null ? null : resolve.apply(pathInfo);
        InputStream in = resource == null ? null : ClassPathFileServlet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
