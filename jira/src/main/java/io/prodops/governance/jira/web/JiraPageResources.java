package io.prodops.governance.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.prodops.governance.common.port.PageResources;
import io.prodops.governance.jira.JiraApp;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link PageResources}: requires one of this app's web-resource modules on the page Jira is rendering. */
@Named
public class JiraPageResources implements PageResources {
    private final PageBuilderService pageBuilder;

    @Inject
    public JiraPageResources(@ComponentImport PageBuilderService pageBuilder) {
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void require(String moduleKey) {
        pageBuilder.assembler().resources().requireWebResource(JiraApp.moduleKey(moduleKey));
    }
}
