package io.prodops.governance.standalone.web;

import io.prodops.governance.standalone.host.RequestPageResources;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The host's "decorator" for the app's pages (under {@code /plugins/servlet/}): a full HTML document with
 * {@code <meta name="decorator">} gets the standalone chrome and the tags of the web-resource modules the servlet
 * required through {@code PageResources}; errors a servlet (or the security filter) sends become chrome pages too.
 */
public final class DecoratorFilter extends HttpFilter {
    private final HostPages pages;
    private final RequestPageResources pageResources;

    public DecoratorFilter(HostPages pages, RequestPageResources pageResources) {
        this.pages = pages;
        this.pageResources = pageResources;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        pageResources.drain();
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        List<String> modules = pageResources.drain();
        if (buffered.redirect() != null) {
            response.sendRedirect(buffered.redirect());
            return;
        }
        if (buffered.errorStatus() != null) {
            HostPages.send(response, buffered.errorStatus(), pages.errorPage(request, buffered.errorStatus(), buffered.errorMessage()));
            return;
        }
        byte[] body = buffered.body();
        String type = response.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
            Optional<HostPages.PageParts> parts = HostPages.PageParts.of(new String(body, StandardCharsets.UTF_8));
            if (parts.isPresent()) {
                String html = pages.page(request, parts.get().titleHtml(), parts.get().bodyHtml(), modules);
                HostPages.send(response, response.getStatus(), html);
                return;
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
