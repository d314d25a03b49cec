package io.prodops.governance.jira.user;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** {@link CurrentUser}: the user Jira authenticated for the current request (empty when anonymous). */
@Named
public class JiraCurrentUser implements CurrentUser {
    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraCurrentUser(@ComponentImport JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Optional<UserRef> get() {
        return Optional.ofNullable(authentication.getLoggedInUser()).map(JiraUsers::toRef);
    }
}
