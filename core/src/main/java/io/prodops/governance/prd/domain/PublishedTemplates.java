package io.prodops.governance.prd.domain;

import java.util.Optional;

/** What PRDs need of templates: their published versions (implemented by the template service). */
public interface PublishedTemplates {
    /**
     * @param version a published version number, or null for the latest
     * @return empty when the template or that version does not exist (drafts never count)
     */
    Optional<PublishedTemplate> find(String templateKey, Integer version);
}
