package io.prodops.governance.prd.domain;

import java.util.List;
import java.util.Optional;

/** A PRD template as ops managers write it: an immutable key, a name, a description and ordered sections. */
public record PrdTemplate(String key, String name, String description, List<TemplateSection> sections) {
    public PrdTemplate {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Optional<TemplateSection> section(String sectionKey) {
        return sections.stream().filter(s -> s.key().equals(sectionKey)).findFirst();
    }
}
