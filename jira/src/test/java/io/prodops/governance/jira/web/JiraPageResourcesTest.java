package io.prodops.governance.jira.web;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.prodops.governance.common.web.WebResources;
import org.junit.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class JiraPageResourcesTest {
    @Test
    public void requiresTheModuleByItsCompleteKey() {
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        RequiredResources resources = mock(RequiredResources.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);

        new JiraPageResources(pageBuilder).require(WebResources.ADMIN);

        verify(resources).requireWebResource("io.prodops.governance:admin-page");
    }
}
