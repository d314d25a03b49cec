package io.prodops.governance.prd.domain;

/** What importing one template did. Published versions are never touched by an import. */
public record TemplateImport(String key, Outcome outcome, TemplateDraft draft) {
    public enum Outcome {
        /** The key was new: the template now exists as a draft (publish it to offer it). */
        CREATED,
        /** The key existed: the imported content is its new draft revision; its published versions are unchanged. */
        NEW_DRAFT_REVISION
    }
}
