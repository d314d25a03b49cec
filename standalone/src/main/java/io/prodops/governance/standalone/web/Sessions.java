package io.prodops.governance.standalone.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What the host keeps in an HTTP session: the logged-in user's key and a per-session form token that the login
 * and logout forms carry (a cross-site form post has neither the SameSite=Lax session cookie nor the token).
 */
public final class Sessions {
    public static final String USER_KEY = "io.prodops.standalone.userKey";
    public static final String FORM_TOKEN = "io.prodops.standalone.formToken";
    public static final String TOKEN_PARAM = "atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sessions() {
    }

    /** The session's form token, created (with the session) when missing. */
    public static String formToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(FORM_TOKEN);
        if (token instanceof String s) {
            return s;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String fresh = HexFormat.of().formatHex(bytes);
        session.setAttribute(FORM_TOKEN, fresh);
        return fresh;
    }

    /** Whether the posted form carries this session's token, and the post is not from another origin. */
    public static boolean isGenuineFormPost(HttpServletRequest request) {
        if (!isSameOrigin(request)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        String posted = request.getParameter(TOKEN_PARAM);
        Object expected = session == null ? null : session.getAttribute(FORM_TOKEN);
        return posted != null && expected instanceof String s
                && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }

    /** A browser's Origin header, when sent, must name this host. */
    static boolean isSameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        String self = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return origin.equalsIgnoreCase(self);
    }

    /** A local path to return to after login; anything else (other hosts, schemes, //evil) becomes {@code fallback}. */
    public static String safeReturnPath(String next, String fallback) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(ch -> ch < 0x20 || ch == '\\')) {
            return fallback;
        }
        return next;
    }
}
