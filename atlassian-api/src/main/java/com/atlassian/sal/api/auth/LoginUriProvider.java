package com.atlassian.sal.api.auth;

import java.net.URI;

/** Declaration of the member we call. Source: shared/atlassian-platform.md §2.3 (sal-api 5.1.4 LoginUriProvider.getLoginUri(URI)). */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
