package io.prodops.governance.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** JSON calls against a {@link RunningHost} and the permission-matrix runner shared by the REST tests. */
final class RestCalls {
    static final String JSON = "application/json";
    /** The demo users in matrix order: anonymous, viewer, product manager, ops manager, Jira admin. */
    static final List<String> USERS = java.util.Arrays.asList(null, "vic", "pete", "olga", "admin");

    private final RunningHost host;

    RestCalls(RunningHost host) {
        this.host = host;
    }

    HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder b = host.request(path, user);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return RunningHost.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return host.get(path, user);
    }

    HttpResponse<String> post(String path, String user, Object body) throws Exception {
        return send("POST", path, user, JSON, body instanceof String s ? s : RunningHost.JSON.writeValueAsString(body));
    }

    HttpResponse<String> put(String path, String user, Object body) throws Exception {
        return send("PUT", path, user, JSON, body instanceof String s ? s : RunningHost.JSON.writeValueAsString(body));
    }

    static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertTrue(r.statusCode() + " " + r.body(), r.statusCode() == 200 || r.statusCode() == 201);
        return RunningHost.json(r);
    }

    static List<String> errorFields(HttpResponse<String> r) throws Exception {
        List<String> fields = new ArrayList<>();
        RunningHost.json(r).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(r.body(), status, r.statusCode());
        assertEquals(r.body(), code, RunningHost.json(r).get("error").asText());
    }

    /** One endpoint of a permission matrix; {@code body} builds the request body per user (null: no body). */
    record Call(String name, String method, String path, Function<String, Object> body, List<Integer> expected) {
    }

    /** Expected status per user (anonymous, vic, pete, olga, admin). */
    static List<Integer> expect(int anonymous, int vic, int pete, int olga, int admin) {
        return List.of(anonymous, vic, pete, olga, admin);
    }

    /**
     * Calls every endpoint as every user; returns the mismatches: unexpected statuses, 401/403 without their error
     * code, and refused calls that still changed something ({@code revision} read before and after).
     */
    List<String> matrix(List<Call> calls, IntSupplier revision, String what) throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Call call : calls) {
            for (int u = 0; u < USERS.size(); u++) {
                String user = USERS.get(u);
                HttpResponse<String> r;
                int revisionBefore;
                if (call.body() == null) {
                    revisionBefore = revision.getAsInt();
                    r = send(call.method(), call.path(), user, null, null);
                } else {
                    Object body = call.body().apply(user);
                    revisionBefore = revision.getAsInt();
                    r = send(call.method(), call.path(), user, JSON, body instanceof String s ? s : RunningHost.JSON.writeValueAsString(body));
                }
                int expected = call.expected().get(u);
                if (r.statusCode() != expected) {
                    mismatches.add(call.name() + " as " + user + ": expected " + expected + " got " + r.statusCode() + " " + r.body());
                }
                if (r.statusCode() == 401 || r.statusCode() == 403) {
                    String code = RunningHost.json(r).get("error").asText();
                    if (!code.equals(r.statusCode() == 401 ? "NOT_AUTHENTICATED" : "FORBIDDEN")) {
                        mismatches.add(call.name() + " as " + user + ": code " + code);
                    }
                    if (revision.getAsInt() != revisionBefore) {
                        mismatches.add(call.name() + " as " + user + " changed the " + what + " although refused");
                    }
                }
            }
        }
        return mismatches;
    }
}
