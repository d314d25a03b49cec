package io.prodops.governance.prd.setup;

import io.prodops.governance.common.setup.SetupTask;
import io.prodops.governance.prd.domain.StandardPrdTemplate;
import io.prodops.governance.prd.domain.TemplateService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Installs the built-in "Standard PRD" template and publishes it as version 1 on the first start. Idempotent: once a
 * template with its key exists (whatever ops managers did to it since, retiring included) it changes nothing.
 */
@Named
public class StandardPrdTemplateTask implements SetupTask {
    private final TemplateService templates;

    @Inject
    public StandardPrdTemplateTask(TemplateService templates) {
        this.templates = templates;
    }

    @Override
    public String name() {
        return "standard-prd-template";
    }

    @Override
    public boolean apply() {
        return templates.installBuiltIn(StandardPrdTemplate.TEMPLATE, StandardPrdTemplate.PUBLISH_NOTE);
    }
}
