package io.prodops.governance.common.port;

import java.net.URI;

/** Port: where the host sends an anonymous user who opened a page that needs a login. */
public interface LoginRedirects {
    URI loginUri(URI returnTo);
}
