package io.prodops.governance.standalone;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.SystemAdminOnly;
import com.atlassian.annotations.security.UnlicensedSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;

import java.io.IOException;
import java.util.Arrays;

import static org.junit.Assert.assertEquals;

/**
 * The Platform-8 security annotations as the standalone host enforces them on REST resources and servlets, with
 * extra test endpoints mounted exactly like core's. Unannotated endpoints are refused to everyone.
 */
public class SecurityAnnotationsTest {
    private static final RunningHost HOST = new RunningHost(false, SecurityAnnotationsTest::withTestEndpoints);
    private static final RunningHost ANONYMOUS_SITE = new RunningHost(true, SecurityAnnotationsTest::withTestEndpoints);

    @ClassRule
    public static final TestRule HOSTS = RuleChain.outerRule(HOST).around(ANONYMOUS_SITE);

    static StandaloneHost.Builder withTestEndpoints(StandaloneHost.Builder builder) {
        return builder.restResource(new Unannotated()).restResource(new Unrestricted()).restResource(new AnonymousSite())
                .restResource(new Licensed()).restResource(new Unlicensed()).restResource(new Admin()).restResource(new SystemAdmin())
                .restResource(new MethodOverridesClass()).restResource(new Contradictory())
                .servlet("/plugins/servlet/test/none", new UnannotatedServlet())
                .servlet("/plugins/servlet/test/admin", new AdminServlet());
    }

    @Path("/test/none")
    public static class Unannotated {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/unrestricted")
    @UnrestrictedAccess
    public static class Unrestricted {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/anonymous-site")
    @AnonymousSiteAccess
    public static class AnonymousSite {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/licensed")
    @LicensedOnly
    public static class Licensed {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/unlicensed")
    @UnlicensedSiteAccess
    public static class Unlicensed {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/admin")
    @AdminOnly
    public static class Admin {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/sysadmin")
    @SystemAdminOnly
    public static class SystemAdmin {
        @GET
        public String get() {
            return "ran";
        }
    }

    @Path("/test/override")
    @AdminOnly
    public static class MethodOverridesClass {
        @GET
        @Path("open")
        @UnrestrictedAccess
        public String open() {
            return "ran";
        }

        @GET
        @Path("closed")
        public String closed() {
            return "ran";
        }
    }

    @Path("/test/contradictory")
    @AdminOnly
    @UnrestrictedAccess
    public static class Contradictory {
        @GET
        public String get() {
            return "ran";
        }
    }

    public static class UnannotatedServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().write("ran");
        }
    }

    @AdminOnly
    public static class AdminServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().write("ran");
        }
    }

    /** status per caller: anonymous, vic, olga, admin */
    private static void expect(RunningHost host, String path, int... statuses) throws Exception {
        String[] callers = {null, "vic", "olga", "admin"};
        int[] actual = new int[callers.length];
        for (int i = 0; i < callers.length; i++) {
            var r = host.get(path, callers[i]);
            actual[i] = r.statusCode();
            if (r.statusCode() == 200) {
                assertEquals(path, "ran", r.body());
            } else {
                assertEquals(path + " as " + callers[i], false, r.body().equals("ran"));
            }
        }
        assertEquals(path + " (anonymous, vic, olga, admin)", Arrays.toString(statuses), Arrays.toString(actual));
    }

    @Test
    public void restResourcesWithoutAnnotationAreRefusedToEveryone() throws Exception {
        expect(HOST, "/rest/prodops/1.0/test/none", 403, 403, 403, 403);
        expect(HOST, "/rest/prodops/1.0/test/contradictory", 403, 403, 403, 403);
    }

    @Test
    public void restAnnotationsDecideWhoGetsIn() throws Exception {
        expect(HOST, "/rest/prodops/1.0/test/unrestricted", 200, 200, 200, 200);
        expect(HOST, "/rest/prodops/1.0/test/anonymous-site", 401, 200, 200, 200);
        expect(HOST, "/rest/prodops/1.0/test/licensed", 401, 200, 200, 200);
        expect(HOST, "/rest/prodops/1.0/test/unlicensed", 401, 200, 200, 200);
        expect(HOST, "/rest/prodops/1.0/test/admin", 401, 403, 403, 200);
        expect(HOST, "/rest/prodops/1.0/test/sysadmin", 401, 403, 403, 200);
    }

    @Test
    public void aMethodAnnotationOverridesTheClass() throws Exception {
        expect(HOST, "/rest/prodops/1.0/test/override/open", 200, 200, 200, 200);
        expect(HOST, "/rest/prodops/1.0/test/override/closed", 401, 403, 403, 200);
    }

    @Test
    public void anonymousSiteAccessOpensWhenTheSiteAllowsAnonymousUsers() throws Exception {
        expect(ANONYMOUS_SITE, "/rest/prodops/1.0/test/anonymous-site", 200, 200, 200, 200);
        expect(ANONYMOUS_SITE, "/rest/prodops/1.0/test/licensed", 401, 200, 200, 200);
    }

    @Test
    public void servletsWithoutAnnotationAreRefusedToEveryone() throws Exception {
        expect(HOST, "/plugins/servlet/test/none", 403, 403, 403, 403);
    }

    @Test
    public void servletAnnotationsDecideWhoGetsIn() throws Exception {
        expect(HOST, "/plugins/servlet/test/admin", 302, 403, 403, 200);
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Ftest%2Fadmin",
                HOST.get("/plugins/servlet/test/admin", null).headers().firstValue("Location").orElseThrow());
    }
}
