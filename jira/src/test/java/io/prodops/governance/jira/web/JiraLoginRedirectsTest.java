package io.prodops.governance.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import org.junit.Test;

import java.net.URI;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JiraLoginRedirectsTest {
    @Test
    public void jirasLoginPageReturnsToTheRequestedPage() {
        LoginUriProvider provider = mock(LoginUriProvider.class);
        URI back = URI.create("/jira/plugins/servlet/prodops/admin?tab=1");
        URI login = URI.create("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fprodops%2Fadmin");
        when(provider.getLoginUri(back)).thenReturn(login);

        assertEquals(login, new JiraLoginRedirects(provider).loginUri(back));
    }
}
