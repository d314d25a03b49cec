package io.prodops.governance.standalone.host;

import io.prodops.governance.common.port.LoginRedirects;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@link LoginRedirects}: the host's login page, which returns to {@code returnTo} after logging in. */
public final class HostLoginRedirects implements LoginRedirects {
    public static final String LOGIN_PATH = "/login";

    @Override
    public URI loginUri(URI returnTo) {
        return URI.create(LOGIN_PATH + "?next=" + URLEncoder.encode(returnTo.toString(), StandardCharsets.UTF_8));
    }
}
