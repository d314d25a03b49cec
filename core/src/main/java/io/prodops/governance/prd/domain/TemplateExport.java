package io.prodops.governance.prd.domain;

import java.util.List;

/** Everything about one template an export carries: the working draft and every published version, newest first. */
public record TemplateExport(TemplateDraft draft, List<TemplateVersion> versions) {
    public TemplateExport {
        versions = List.copyOf(versions);
    }
}
