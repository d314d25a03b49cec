package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;

/**
 * A standalone host started in-process on a free port with a fresh data directory, and real HTTP calls to it
 * (java.net.http). As a rule it serves a whole test class.
 */
public final class RunningHost extends ExternalResource {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    private final TemporaryFolder folder = new TemporaryFolder();
    private final boolean anonymousAccess;
    private final UnaryOperator<StandaloneHost.Builder> customizer;
    private StandaloneHost host;

    public RunningHost() {
        this(false, b -> b);
    }

    /** @param anonymousAccess whether the site allows anonymous access (AnonymousSiteAccess endpoints open) */
    public RunningHost(boolean anonymousAccess, UnaryOperator<StandaloneHost.Builder> customizer) {
        this.anonymousAccess = anonymousAccess;
        this.customizer = customizer;
    }

    @Override
    protected void before() throws Throwable {
        folder.create();
        HostOptions options = HostOptions.forTests(folder.newFolder("data").toPath()).withAnonymousAccess(anonymousAccess);
        host = customizer.apply(StandaloneHost.builder(options)).start();
    }

    @Override
    protected void after() {
        if (host != null) {
            host.close();
        }
        folder.delete();
    }

    public StandaloneHost host() {
        return host;
    }

    public Path dataDir() {
        return host.options().dataDir();
    }

    public URI uri(String path) {
        return host.baseUri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A client without cookies that does not follow redirects. */
    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client with a cookie jar (a browser session). */
    public static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", basic(user, user));
        }
        return b;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return client().send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> put(String path, String user, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path, user).PUT(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postForm(HttpClient client, String path, String... keyValues) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(keyValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form token in a page (login form or logout button). */
    public static String formToken(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token in the page:\n" + html);
        }
        return m.group(1);
    }

    /** Logs {@code user} (password = username) in through the login page; returns the browser session. */
    public HttpClient login(String user) throws IOException, InterruptedException {
        HttpClient browser = browser();
        HttpResponse<String> form = get(browser, "/login");
        assertEquals(200, form.statusCode());
        HttpResponse<String> done = postForm(browser, "/login", "atl_token", formToken(form.body()), "username", user, "password", user,
                "next", "/plugins/servlet/prodops/admin");
        assertEquals("login of " + user + ": " + done.body(), 303, done.statusCode());
        return browser;
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
