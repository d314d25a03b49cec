package io.prodops.governance.prd.web;

import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.web.UserJson;
import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.TemplateDiff;
import io.prodops.governance.prd.domain.TemplateDraft;
import io.prodops.governance.prd.domain.TemplateExport;
import io.prodops.governance.prd.domain.TemplateImport;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.domain.TemplateSummary;
import io.prodops.governance.prd.domain.TemplateVersion;
import io.prodops.governance.prd.domain.TemplateVersionInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of {@code /templates} (docs/rest-conventions.md): request bodies and responses, and the mapping between
 * them and the domain. Fields without a value are omitted. Text is returned exactly as stored: plain-text fields
 * (name, description, title, guidance, columns, items, roles) are data for {@code textContent}; RICH_TEXT starter
 * content was sanitized when it was saved.
 */
public final class TemplateJson {
    static final String EXPORT_FORMAT = "prodops-prd-templates";
    static final int EXPORT_FORMAT_VERSION = 1;

    private TemplateJson() {
    }

    // ------------------------------------------------------------------ requests

    /** {@code POST /templates}, {@code PUT /templates/{key}} (with {@code revision}), and each template of an import. */
    public record TemplateInput(String key, String name, String description, List<SectionInput> sections, Integer revision) {
    }

    public record SectionInput(String key, String title, String kind, Boolean required, String guidance, String starterContent,
                               List<String> columns, List<String> items, List<String> roles) {
    }

    public record PublishInput(String note, Integer revision) {
    }

    public record RevisionInput(Integer revision) {
    }

    /** {@code POST /templates/import}: an export document (its other fields are ignored). */
    public record ImportInput(List<TemplateInput> templates) {
    }

    static PrdTemplate toDomain(TemplateInput in) {
        List<TemplateSection> sections = new ArrayList<>();
        if (in.sections() != null) {
            for (SectionInput s : in.sections()) {
                sections.add(s == null ? new TemplateSection(null, null, null, false, null, null, List.of(), List.of(), List.of())
                        : new TemplateSection(s.key(), s.title(), kind(s.kind()), Boolean.TRUE.equals(s.required()), s.guidance(),
                        s.starterContent(), strings(s.columns()), strings(s.items()), strings(s.roles())));
            }
        }
        return new PrdTemplate(in.key(), in.name(), in.description(), sections);
    }

    /** An unknown kind becomes null, which the validator reports naming the field and the known kinds. */
    private static SectionKind kind(String kind) {
        if (kind == null) {
            return null;
        }
        for (SectionKind k : SectionKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    /** Null entries become empty strings, which the validator reports as missing (by index). */
    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    // ------------------------------------------------------------------ responses

    /**
     * A template. Ops managers' view of the working draft carries {@code revision}, {@code unpublishedChanges} and
     * created/updated; a published version carries {@code version}, {@code latestVersion}, {@code note} and
     * published. Exports add {@code versions}.
     */
    public record Template(String key, String name, String description, String status, Integer revision, int publishedVersion,
                           Integer version, Integer latestVersion, Boolean unpublishedChanges, String note, List<Section> sections,
                           UserJson createdBy, String createdAt, UserJson updatedBy, String updatedAt, UserJson publishedBy,
                           String publishedAt, List<Template> versions) {
    }

    public record Section(String key, String title, String kind, boolean required, String guidance, String starterContent,
                          List<String> columns, List<String> items, List<String> roles) {
    }

    public record Summary(String key, String name, String description, String status, Integer revision, int publishedVersion,
                          int sectionCount, UserJson updatedBy, String updatedAt) {
    }

    public record VersionSummary(int version, String note, UserJson publishedBy, String publishedAt, String name, int sectionCount) {
    }

    public record Diff(String key, Object from, Object to, List<Change> template, List<SectionRef> added, List<SectionRef> removed,
                       List<Rename> renamed, List<SectionChange> changed) {
    }

    public record Change(String field, Object before, Object after) {
    }

    public record SectionRef(String key, String title, String kind, int position) {
    }

    public record Rename(String key, String before, String after) {
    }

    public record SectionChange(String key, String title, List<Change> fields) {
    }

    public record Export(String format, int formatVersion, String exportedAt, List<Template> templates) {
    }

    public record Imported(String key, String outcome, Template template) {
    }

    public record ImportResult(List<Imported> imported) {
    }

    /** Maps domain results to JSON, resolving user keys to {@code {"key", "displayName"}}. */
    static final class Writer {
        private final UserDirectory users;

        Writer(UserDirectory users) {
            this.users = users;
        }

        Template draft(TemplateDraft d) {
            PrdTemplate t = d.template();
            return new Template(t.key(), t.name(), t.description(), d.status().name(), d.revision(), d.publishedVersion(), null, null,
                    d.unpublishedChanges(), null, sections(t), user(d.createdBy()), time(d.createdAt()), user(d.updatedBy()),
                    time(d.updatedAt()), null, null, null);
        }

        Template version(TemplateVersion v) {
            PrdTemplate t = v.template();
            return new Template(t.key(), t.name(), t.description(), v.status().name(), null, v.latestVersion(), v.version(),
                    v.latestVersion(), null, v.note(), sections(t), null, null, null, null, user(v.publishedBy()), time(v.publishedAt()), null);
        }

        Page<Summary> summaries(Page<TemplateSummary> page) {
            return page.map(s -> new Summary(s.key(), s.name(), s.description(), s.status().name(), s.revision(), s.publishedVersion(),
                    s.sectionCount(), user(s.updatedBy()), time(s.updatedAt())));
        }

        Page<VersionSummary> versions(Page<TemplateVersionInfo> page) {
            return page.map(v -> new VersionSummary(v.version(), v.note(), user(v.publishedBy()), time(v.publishedAt()), v.name(), v.sectionCount()));
        }

        Diff diff(String key, Integer from, Integer to, TemplateDiff d) {
            return new Diff(key, from == null ? "draft" : from, to == null ? "draft" : to,
                    d.template().stream().map(TemplateJson::change).toList(),
                    d.added().stream().map(TemplateJson::ref).toList(),
                    d.removed().stream().map(TemplateJson::ref).toList(),
                    d.renamed().stream().map(r -> new Rename(r.key(), r.before(), r.after())).toList(),
                    d.changed().stream().map(c -> new SectionChange(c.key(), c.title(), c.fields().stream().map(TemplateJson::change).toList())).toList());
        }

        Export export(List<TemplateExport> exports, Instant at) {
            return new Export(EXPORT_FORMAT, EXPORT_FORMAT_VERSION, at.toString(), exports.stream().map(e -> {
                Template d = draft(e.draft());
                return new Template(d.key(), d.name(), d.description(), d.status(), d.revision(), d.publishedVersion(), null, null,
                        d.unpublishedChanges(), null, d.sections(), d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt(), null, null,
                        e.versions().stream().map(this::version).toList());
            }).toList());
        }

        ImportResult imported(List<TemplateImport> results) {
            return new ImportResult(results.stream().map(r -> new Imported(r.key(), r.outcome().name(), draft(r.draft()))).toList());
        }

        private UserJson user(String key) {
            return key == null ? null : UserJson.of(users.resolve(key));
        }
    }

    private static List<Section> sections(PrdTemplate t) {
        return t.sections().stream().map(s -> new Section(s.key(), s.title(), s.kind().name(), s.required(), s.guidance(), s.starterContent(),
                s.kind() == SectionKind.TABLE ? s.columns() : null,
                s.kind() == SectionKind.CHECKLIST || s.kind() == SectionKind.METRICS ? s.items() : null,
                s.kind() == SectionKind.PEOPLE ? s.roles() : null)).toList();
    }

    private static Change change(TemplateDiff.FieldChange c) {
        Object before = c.before() instanceof SectionKind k ? k.name() : c.before();
        Object after = c.after() instanceof SectionKind k ? k.name() : c.after();
        return new Change(c.field(), before, after);
    }

    private static SectionRef ref(TemplateDiff.SectionRef r) {
        return new SectionRef(r.key(), r.title(), r.kind().name(), r.position());
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
