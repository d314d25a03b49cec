package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/** The login page, sessions, the decorated admin page, web resources and /status. */
public class LoginAndPagesTest {
    @ClassRule
    public static final RunningHost HOST = new RunningHost();
    private static final String ADMIN_PAGE = "/plugins/servlet/prodops/admin";

    @Test
    public void loginPageHasLabelledFieldsAndAToken() throws Exception {
        HttpResponse<String> page = HOST.get(RunningHost.browser(), "/login");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<label for=\"login-username\">Username</label>"));
        assertTrue(html.contains("id=\"login-username\""));
        assertTrue(html.contains("<label for=\"login-password\">Password</label>"));
        assertTrue(html.contains("type=\"password\" id=\"login-password\""));
        RunningHost.formToken(html);
    }

    @Test
    public void loginStartsANewLaxHttpOnlySessionAndLogoutEndsIt() throws Exception {
        HttpClient browser = RunningHost.browser();
        HttpResponse<String> form = HOST.get(browser, "/login?next=" + ADMIN_PAGE);
        String preLoginCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> login = HOST.postForm(browser, "/login", "atl_token", RunningHost.formToken(form.body()),
                "username", "admin", "password", "admin", "next", ADMIN_PAGE);
        assertEquals(303, login.statusCode());
        assertEquals(ADMIN_PAGE, login.headers().firstValue("Location").orElseThrow());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie, cookie.startsWith("PRODOPS_SESSION="));
        assertTrue(cookie, cookie.contains("SameSite=Lax"));
        assertTrue(cookie, cookie.contains("HttpOnly"));
        assertNotEquals("a new session after login (no fixation)", sessionId(preLoginCookie), sessionId(cookie));

        HttpResponse<String> page = HOST.get(browser, ADMIN_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Logged in as <strong>Ada Admin</strong>"));
        assertTrue("admins get the settings form", page.body().contains("id=\"prodops-settings-form\""));

        assertEquals("logout needs POST", 405, HOST.get(browser, "/logout").statusCode());
        HttpResponse<String> forged = HOST.postForm(browser, "/logout", "atl_token", "forged");
        assertEquals(403, forged.statusCode());
        assertEquals(200, HOST.get(browser, ADMIN_PAGE).statusCode());

        HttpResponse<String> logout = HOST.postForm(browser, "/logout", "atl_token", RunningHost.formToken(page.body()));
        assertEquals(303, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElseThrow().startsWith("/login"));
        HttpResponse<String> after = HOST.get(browser, ADMIN_PAGE);
        assertEquals(302, after.statusCode());
    }

    @Test
    public void aLoginPostWithoutTheFormTokenIsRefused() throws Exception {
        HttpResponse<String> r = HOST.postForm(RunningHost.browser(), "/login", "username", "admin", "password", "admin");
        assertEquals(403, r.statusCode());
        assertFalse(r.headers().firstValue("Set-Cookie").orElse("").isEmpty() && r.statusCode() == 303);
        HttpClient browser = RunningHost.browser();
        String token = RunningHost.formToken(HOST.get(browser, "/login").body());
        HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(HOST.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token + "&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, crossSite.statusCode());
    }

    @Test
    public void wrongPasswordShowsAnErrorAndKeepsTheUsername() throws Exception {
        HttpClient browser = RunningHost.browser();
        String token = RunningHost.formToken(HOST.get(browser, "/login").body());
        HttpResponse<String> r = HOST.postForm(browser, "/login", "atl_token", token, "username", "vic<script>", "password", "nope");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("role=\"alert\""));
        assertTrue(r.body().contains("username and password are incorrect"));
        assertTrue("escaped", r.body().contains("value=\"vic&lt;script&gt;\""));
        assertFalse(r.body().contains("vic<script>"));
        assertEquals(302, HOST.get(browser, ADMIN_PAGE).statusCode());
    }

    @Test
    public void loginReturnsOnlyToLocalPaths() throws Exception {
        for (String next : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpClient browser = RunningHost.browser();
            String token = RunningHost.formToken(HOST.get(browser, "/login").body());
            HttpResponse<String> r = HOST.postForm(browser, "/login", "atl_token", token, "username", "olga", "password", "olga", "next", next);
            assertEquals(303, r.statusCode());
            assertEquals(next, ADMIN_PAGE, r.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    public void adminPageSendsAnonymousUsersToTheLoginPage() throws Exception {
        HttpResponse<String> r = HOST.get(ADMIN_PAGE, null);
        assertEquals(302, r.statusCode());
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Fprodops%2Fadmin", r.headers().firstValue("Location").orElseThrow());
        assertEquals(302, HOST.get("/", null).statusCode());
    }

    @Test
    public void viewersGetAnAccessDeniedPageInTheChrome() throws Exception {
        HttpResponse<String> r = HOST.get(HOST.login("vic"), ADMIN_PAGE);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("<h1>Access denied</h1>"));
        assertTrue(r.body().contains("Only ops managers and Jira administrators can open ProdOps administration."));
        assertTrue(r.body().contains("Logged in as <strong>Vic Viewer</strong>"));
        assertEquals(403, HOST.get(HOST.login("pete"), ADMIN_PAGE).statusCode());
    }

    @Test
    public void opsManagersGetTheDecoratedPageWithItsWebResources() throws Exception {
        HttpResponse<String> r = HOST.get(HOST.login("olga"), ADMIN_PAGE);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<title>ProdOps Governance</title>"));
        assertTrue("chrome", html.contains("Logged in as <strong>Olga Ops</strong>"));
        assertTrue("chrome nav", html.contains("aria-current=\"page\""));
        assertTrue("core's page", html.contains("id=\"prodops-admin\""));
        assertTrue("ops managers read, only admins change", html.contains("id=\"prodops-settings-readonly\""));
        assertFalse(html.contains("id=\"prodops-settings-form\""));
        assertFalse("the decorator meta is consumed", html.contains("name=\"decorator\""));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/download/resources/io.prodops.governance:admin-page/css/prodops.css\">"));
        int common = html.indexOf("<script src=\"/download/resources/io.prodops.governance:admin-page/js/prodops-common.js\"></script>");
        int admin = html.indexOf("<script src=\"/download/resources/io.prodops.governance:admin-page/js/admin.js\"></script>");
        assertTrue(common > 0 && admin > common);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    public void onlyTheDeclaredWebResourceFilesAreServed() throws Exception {
        HttpResponse<String> js = HOST.get("/download/resources/io.prodops.governance:admin-page/js/admin.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("prodops-admin"));
        assertEquals(200, HOST.get("/static/standalone.css", null).statusCode());
        for (String path : List.of("/download/resources/io.prodops.governance:admin-page/templates/admin/admin.vm",
                "/download/resources/io.prodops.governance:admin-page/../../../i18n/prodops.properties",
                "/download/resources/io.prodops.governance:nope/js/admin.js",
                "/download/resources/other:admin-page/js/admin.js",
                "/static/simplelogger.properties", "/static/../prodops-standalone.properties")) {
            assertEquals(path, 404, HOST.get(path, null).statusCode());
        }
    }

    @Test
    public void statusTellsCountsButNoSecrets() throws Exception {
        HttpResponse<String> r = HOST.get("/status", null);
        assertEquals(200, r.statusCode());
        JsonNode status = RunningHost.json(r);
        assertEquals("OK", status.get("status").asText());
        assertFalse(status.get("version").asText().isBlank());
        assertEquals("H2", status.get("database").get("product").asText());
        String url = status.get("database").get("url").asText();
        assertTrue(url, url.startsWith("jdbc:h2:file:") && !url.contains(";"));
        assertTrue(status.get("hostData").get("projects").asInt() >= 3);
        assertTrue(status.get("hostData").get("issues").asInt() >= 40);
        assertEquals("DemoData's four and mia of the launch demo", 5, status.get("hostData").get("users").asInt());
        JsonNode tables = status.get("activeObjects").get("rowsPerTable");
        assertEquals(io.prodops.governance.common.storage.StorageEntities.ALL.size(), tables.size());
        String prefix = status.get("activeObjects").get("tablePrefix").asText();
        assertTrue(tables.has(prefix + "_SETTING"));
        String body = r.body().toLowerCase(java.util.Locale.ROOT);
        assertFalse(body.contains("password"));
        assertFalse(body.contains("pbkdf2"));
        assertFalse(body.contains("\"sa\""));
    }

    @Test
    public void unknownPathsAre404() throws Exception {
        HttpResponse<String> r = HOST.get("/no/such/page", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Page not found"));
        assertEquals(404, HOST.get("/rest/prodops/1.0/nothing-here", "admin").statusCode());
    }

    private static String sessionId(String setCookie) {
        return setCookie.split(";", 2)[0];
    }
}
