package io.prodops.governance.standalone;

import io.prodops.governance.common.web.RestApi;
import io.prodops.governance.common.web.WebResources;
import io.prodops.governance.standalone.host.DemoData;
import io.prodops.governance.standalone.host.RequestPageResources;
import io.prodops.governance.standalone.security.Authorizer;
import io.prodops.governance.standalone.security.RestSecurityFeature;
import io.prodops.governance.standalone.security.ServletSecurityFilter;
import io.prodops.governance.standalone.web.AuthFilter;
import io.prodops.governance.standalone.web.ClassPathFileServlet;
import io.prodops.governance.standalone.web.DecoratorFilter;
import io.prodops.governance.standalone.web.HostPages;
import io.prodops.governance.standalone.web.HostTransitionResource;
import io.prodops.governance.standalone.web.IssueListServlet;
import io.prodops.governance.standalone.web.IssuePageServlet;
import io.prodops.governance.standalone.web.LoginServlet;
import io.prodops.governance.standalone.web.LogoutServlet;
import io.prodops.governance.standalone.web.RootServlet;
import io.prodops.governance.standalone.web.SecurityHeadersFilter;
import io.prodops.governance.standalone.web.StatusServlet;
import io.prodops.governance.standalone.web.UnexpectedErrorMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The standalone host: core's REST API, pages, views and storage on Jetty 12 + Jersey 3.1 + H2, for trying the app
 * and for browser tests. {@code java -jar prodops-standalone.jar --port 8080 --data-dir ./data}.
 * Nothing here runs inside Jira.
 */
public final class StandaloneHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneHost.class);
    public static final String APP_NAME = "ProdOps Governance";
    /**
     * Jersey's start-up notes that do not apply here (JUL, held so they stay configured): no jakarta.activation
     * DataSource writer; resource instances registered through register(Object) "are not providers".
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            quiet("org.glassfish.jersey.message.internal.MessagingBinders"),
            quiet("org.glassfish.jersey.internal.inject.Providers"));

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private final HostOptions options;
    private final HostComponents components;
    private final Server server;
    private final ServerConnector connector;

    private StandaloneHost(HostOptions options, List<Object> extraResources, Map<String, HttpServlet> extraServlets) throws Exception {
        this.options = options;
        this.components = new HostComponents(options);
        try {
            components.prepareData();
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("prodops-http");
            server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(options.bindAddress());
            connector.setPort(options.port());
            server.addConnector(connector);
            server.setHandler(context(extraResources, extraServlets));
            server.setStopTimeout(2000);
            server.start();
        } catch (Exception | Error e) {
            components.close();
            throw e;
        }
    }

    public static StandaloneHost start(HostOptions options) throws Exception {
        return builder(options).start();
    }

    /** For tests and experiments: extra REST resources and servlets, secured by the same annotation rules as core's. */
    public static Builder builder(HostOptions options) {
        return new Builder(options);
    }

    public static final class Builder {
        private final HostOptions options;
        private final List<Object> resources = new ArrayList<>();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder(HostOptions options) {
            this.options = options;
        }

        public Builder restResource(Object resource) {
            resources.add(resource);
            return this;
        }

        /** @param path a servlet path, e.g. {@code /plugins/servlet/experiment} */
        public Builder servlet(String path, HttpServlet servlet) {
            servlets.put(path, servlet);
            return this;
        }

        public StandaloneHost start() throws Exception {
            return new StandaloneHost(options, resources, servlets);
        }
    }

    private ServletContextHandler context(List<Object> extraResources, Map<String, HttpServlet> extraServlets) {
        HostComponents c = components;
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        SessionHandler sessions = context.getSessionHandler();
        sessions.setSessionCookie("PRODOPS_SESSION");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(8 * 60 * 60);
        org.eclipse.jetty.ee10.servlet.ErrorHandler errors = new org.eclipse.jetty.ee10.servlet.ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        context.setErrorHandler(errors);

        Authorizer authorizer = new Authorizer(c.policy, options.anonymousAccess());
        HostPages pages = new HostPages(c.renderer, c.currentUser, APP_NAME);

        // filters run in this order: headers, authentication, decorator (app pages), then each servlet's own guard
        filter(context, new SecurityHeadersFilter(), "/*");
        filter(context, new AuthFilter(c.users, c.currentUser, c.pageResources), "/*");
        filter(context, new DecoratorFilter(pages, c.pageResources), HostPages.SERVLET_ROOT + "/*");

        ResourceConfig rest = new ResourceConfig();
        rest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        rest.register(new RestSecurityFeature(authorizer, c.currentUser));
        rest.register(new UnexpectedErrorMapper());
        c.restResources.forEach(rest::register);
        c.restProviders.forEach(rest::register);
        extraResources.forEach(rest::register);
        // the REST servlet itself is open: RestSecurityFeature enforces the annotations per resource method
        context.addServlet(new ServletHolder("rest", new ServletContainer(rest)), RestApi.BASE + "/*");
        // the host's own endpoints (the workflow transitions), with the same guards
        ResourceConfig hostRest = new ResourceConfig();
        hostRest.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        hostRest.register(new RestSecurityFeature(authorizer, c.currentUser));
        hostRest.register(new UnexpectedErrorMapper());
        hostRest.register(new io.prodops.governance.common.web.XsrfGuard());
        hostRest.register(new io.prodops.governance.common.web.GovernanceExceptionMapper(c.errorResponses));
        c.hostResources.forEach(hostRest::register);
        context.addServlet(new ServletHolder("host-rest", new ServletContainer(hostRest)), HostTransitionResource.BASE + "/*");

        c.pageServlets.forEach((pattern, servlet) -> mount(context, authorizer, HostPages.SERVLET_ROOT + pattern, servlet));
        extraServlets.forEach((path, servlet) -> mount(context, authorizer, path, servlet));
        // host pages standing in for Jira's issue navigator and issue view (with core's PRD panel)
        mount(context, authorizer, IssueListServlet.PATH, new IssueListServlet(c.issues, c.currentUser, c.renderer, pages));
        mount(context, authorizer, IssuePageServlet.PATH, new IssuePageServlet(c.access, c.issues, c.users, c.renderer, pages, c.logins, c.workflow));
        mount(context, authorizer, LoginServlet.PATH, new LoginServlet(c.users, c.currentUser, pages, c.renderer, true));
        mount(context, authorizer, LogoutServlet.PATH, new LogoutServlet());
        mount(context, authorizer, StatusServlet.PATH, new StatusServlet(c.hostDatabase, version()));
        mount(context, authorizer, RequestPageResources.URL_ROOT + "*", new ClassPathFileServlet(StandaloneHost::webResourceFile));
        mount(context, authorizer, HostPages.STATIC_ROOT + "*", new ClassPathFileServlet(StandaloneHost::staticFile));
        mount(context, authorizer, "/", new RootServlet(pages));
        return context;
    }

    /** Every servlet is mounted with the guard for its security annotation; there is no unguarded way in. */
    private void mount(ServletContextHandler context, Authorizer authorizer, String path, HttpServlet servlet) {
        filter(context, new ServletSecurityFilter(servlet.getClass(), authorizer, components.currentUser, components.logins), path);
        context.addServlet(new ServletHolder(servlet.getClass().getSimpleName() + "@" + path, servlet), path);
    }

    private static void filter(ServletContextHandler context, Filter filter, String path) {
        context.addFilter(new FilterHolder(filter), path, EnumSet.of(DispatcherType.REQUEST));
    }

    /** {@code /io.prodops.governance:admin-page/js/admin.js} to the class-path file, if the module lists it. */
    static String webResourceFile(String pathInfo) {
        String prefix = "/" + RequestPageResources.APP_KEY + ":";
        if (!pathInfo.startsWith(prefix)) {
            return null;
        }
        String rest = pathInfo.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        List<String> files = WebResources.MODULES.get(rest.substring(0, slash));
        String file = rest.substring(slash + 1);
        return files != null && files.contains(file) ? WebResources.ROOT + file : null;
    }

    static String staticFile(String pathInfo) {
        return switch (pathInfo) {
            case "/standalone.css", "/favicon.svg" -> "io/prodops/governance/standalone/static" + pathInfo;
            default -> null;
        };
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** e.g. {@code http://127.0.0.1:8080/} */
    public URI baseUri() {
        String host = options.bindAddress();
        if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    public HostOptions options() {
        return options;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        } finally {
            components.close();
        }
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = StandaloneHost.class.getClassLoader().getResourceAsStream("prodops-standalone.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    void printBanner(PrintStream out) {
        URI base = baseUri();
        out.println();
        out.println(APP_NAME + " " + version() + " - standalone host is running");
        out.println("  Open        " + base.resolve(HostPages.ADMIN_PAGE.substring(1)));
        out.println("  Issues      " + base.resolve(IssueListServlet.PATH.substring(1)) + "  (issue pages with the PRD panel)");
        out.println("  Templates   " + base.resolve(HostPages.TEMPLATES_PAGE.substring(1)) + "  (ops managers)");
        out.println("  Log in      " + base.resolve("login"));
        out.println("  Status      " + base.resolve("status"));
        out.println("  REST API    " + base.resolve(RestApi.BASE.substring(1)) + "  (HTTP Basic or the browser session)");
        out.println("  Data        " + options.dataDir() + "  (H2; delete it to start from scratch)");
        out.println("  Demo users  (password = username)");
        for (DemoData.DemoUser u : DemoData.USERS) {
            out.printf("    %-6s %s%n", u.username(), u.role());
        }
        out.println("Press Ctrl+C to stop.");
        out.println();
    }

    public static void main(String[] args) {
        HostOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.println(HostOptions.usage());
                return;
            }
            options = HostOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            StandaloneHost host = start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(host::close, "prodops-shutdown"));
            host.printBanner(System.out);
        } catch (Exception e) {
            LOG.error("The standalone host could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
