package io.prodops.governance.prd.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.TemplateCodec;
import io.prodops.governance.prd.domain.TemplateSection;
import jakarta.inject.Named;

import java.util.List;

/**
 * The stored form of a PRD template (a configuration document's draft and every published version): JSON with a
 * {@code format} number, written from records of its own so that renaming a domain field never changes stored data
 * silently. Format 1:
 * {@code {"format":1,"key","name","description"?,"sections":[{"key","title","kind","required","guidance"?,
 * "starterContent"?,"columns"?,"items"?,"roles"?}]}}.
 */
@Named
public class JacksonTemplateCodec implements TemplateCodec {
    static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a later format may add fields
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public record StoredTemplate(int format, String key, String name, String description, List<StoredSection> sections) {
    }

    public record StoredSection(String key, String title, String kind, boolean required, String guidance, String starterContent,
                         List<String> columns, List<String> items, List<String> roles) {
    }

    @Override
    public String encode(PrdTemplate t) {
        StoredTemplate stored = new StoredTemplate(FORMAT, t.key(), t.name(), t.description(), t.sections().stream()
                .map(s -> new StoredSection(s.key(), s.title(), s.kind() == null ? null : s.kind().name(), s.required(), s.guidance(),
                        s.starterContent(), omitEmpty(s.columns()), omitEmpty(s.items()), omitEmpty(s.roles())))
                .toList());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store PRD template " + t.key(), e);
        }
    }

    @Override
    public PrdTemplate decode(String text) {
        StoredTemplate stored;
        try {
            stored = MAPPER.readValue(text, StoredTemplate.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored PRD template is not readable", e);
        }
        if (stored == null || stored.format() != FORMAT) {
            throw new IllegalStateException("stored PRD template has format " + (stored == null ? "(none)" : stored.format())
                    + "; this version of the app reads format " + FORMAT);
        }
        List<StoredSection> sections = stored.sections() == null ? List.of() : stored.sections();
        return new PrdTemplate(stored.key(), stored.name(), stored.description(), sections.stream()
                .map(s -> new TemplateSection(s.key(), s.title(), kind(s.kind()), s.required(),
                        s.guidance(), s.starterContent(), s.columns(), s.items(), s.roles()))
                .toList());
    }

    private static SectionKind kind(String kind) {
        try {
            return kind == null ? null : SectionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored PRD template has a section of unknown kind " + kind, e);
        }
    }

    /** Lists a kind does not use are left out of the stored form (read back as empty lists). */
    private static List<String> omitEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }
}
