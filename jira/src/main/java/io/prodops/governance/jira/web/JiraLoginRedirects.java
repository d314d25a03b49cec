package io.prodops.governance.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import io.prodops.governance.common.port.LoginRedirects;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URI;

/** {@link LoginRedirects}: Jira's login page (SAL), returning to the page the user asked for. */
@Named
public class JiraLoginRedirects implements LoginRedirects {
    private final LoginUriProvider loginUris;

    @Inject
    public JiraLoginRedirects(@ComponentImport LoginUriProvider loginUris) {
        this.loginUris = loginUris;
    }

    @Override
    public URI loginUri(URI returnTo) {
        return loginUris.getLoginUri(returnTo);
    }
}
