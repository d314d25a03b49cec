package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConfigDocRepository;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RichTextSanitizer;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * PRD templates: ops managers write drafts, publish immutable versions, retire and unretire, compare, export and
 * import; everyone logged in reads published versions (the PRD template picker). Stored as configuration documents of
 * kind {@value #KIND} (one versioning mechanism for all ops-managed configuration); every change is one transaction
 * that also writes its audit event. Who may call what is documented in docs/rest-conventions.md.
 */
@Named
public class TemplateService implements PublishedTemplates {
    public static final String KIND = "PRD_TEMPLATE";
    public static final String AUDIT_SUBJECT = "PRD_TEMPLATE";
    public static final String CREATED = "TEMPLATE_CREATED";
    public static final String DRAFT_SAVED = "TEMPLATE_DRAFT_SAVED";
    public static final String PUBLISHED = "TEMPLATE_PUBLISHED";
    public static final String RETIRED = "TEMPLATE_RETIRED";
    public static final String UNRETIRED = "TEMPLATE_UNRETIRED";
    public static final String IMPORTED = "TEMPLATE_IMPORTED";
    public static final String NOT_FOUND = "PRD_TEMPLATE_NOT_FOUND";
    public static final String VERSION_NOT_FOUND = "PRD_TEMPLATE_VERSION_NOT_FOUND";
    public static final int NOTE_MAX = VersionedConfig.NOTE_MAX;
    public static final int IMPORT_MAX = VersionedConfig.IMPORT_MAX;

    private static final String OWASP_BROKEN_BRACES = "{<!-- -->{";

    private static final VersionedConfig.Names NAMES = new VersionedConfig.Names(KIND, "template", "PRD template", AUDIT_SUBJECT,
            "TEMPLATE_", NOT_FOUND, VERSION_NOT_FOUND, "templates", "PRDs");

    private final RichTextSanitizer sanitizer;
    private final VersionedConfig<PrdTemplate> config;

    @Inject
    public TemplateService(ConfigDocRepository docs, TemplateCodec codec, RichTextSanitizer sanitizer, Access access, AuditLog audit,
                           Transactions transactions) {
        this.sanitizer = sanitizer;
        this.config = new VersionedConfig<>(NAMES, new Rules(codec), docs, access, audit, transactions);
    }

    /** Whether the caller manages templates (sees drafts, versions, diffs, exports). */
    public boolean isManager() {
        return config.isManager();
    }

    /** 401/403 unless the caller manages templates: resources call it before reading a write's body. */
    public void requireManager() {
        config.requireManager();
    }

    // ---------------------------------------------------------------- reads

    /**
     * Ops managers: every template (drafts and retired ones included), described by its draft. Everyone else
     * logged in: the templates a PRD may be created from (published, not retired), described by their newest
     * published version.
     */
    public Page<TemplateSummary> list(PageRequest page) {
        return config.list(page).map(s -> new TemplateSummary(s.content().key(), s.content().name(), s.content().description(), s.status(),
                s.revision(), s.publishedVersion(), s.content().sections().size(), s.updatedBy(), s.updatedAt()));
    }

    /** The working draft (ops managers). */
    public TemplateDraft draft(String key) {
        return draftView(config.draft(key));
    }

    /** The newest published version (anyone logged in); a template never published answers 404, like a missing one. */
    public TemplateVersion latest(String key) {
        return versionView(config.latest(key));
    }

    /** Published version {@code n} (anyone logged in: a PRD page shows the guidance of the version its PRD uses). */
    public TemplateVersion version(String key, int n) {
        return versionView(config.version(key, n));
    }

    /** The published versions, newest first (ops managers). */
    public Page<TemplateVersionInfo> versions(String key, PageRequest page) {
        return config.versions(key, page).map(v -> new TemplateVersionInfo(v.version(), v.note(), v.publishedBy(), v.publishedAt(),
                v.content().name(), v.content().sections().size()));
    }

    /**
     * What changed from one version to another (ops managers).
     *
     * @param from a published version, or null for the working draft
     * @param to   likewise
     */
    public TemplateDiff diff(String key, Integer from, Integer to) {
        return config.diff(key, from, to, TemplateDiff::between);
    }

    /** The templates with their drafts and every published version (ops managers); one template when {@code key} is given. */
    public List<TemplateExport> export(String key) {
        return config.export(key).stream()
                .map(e -> new TemplateExport(draftView(e.draft()), e.versions().stream().map(TemplateService::versionView).toList())).toList();
    }

    // ---------------------------------------------------------------- writes

    /** A new template, as a draft at revision 1 (ops managers). */
    public TemplateDraft create(PrdTemplate input) {
        return draftView(config.create(input));
    }

    /** Replaces the working draft (ops managers); the key is immutable. */
    public TemplateDraft saveDraft(String key, PrdTemplate input, int expectedRevision) {
        return draftView(config.saveDraft(key, input, expectedRevision));
    }

    /** Freezes the draft as the next version N (ops managers). */
    public TemplateDraft publish(String key, String note, int expectedRevision) {
        return draftView(config.publish(key, note, expectedRevision));
    }

    /** Offers the template for nothing new; its versions and the PRDs using them stay (ops managers). */
    public TemplateDraft retire(String key, int expectedRevision) {
        return draftView(config.setRetired(key, true, expectedRevision));
    }

    public TemplateDraft unretire(String key, int expectedRevision) {
        return draftView(config.setRetired(key, false, expectedRevision));
    }

    /**
     * Imports templates (ops managers), validated like any save; all or nothing. A new key becomes a draft; an
     * existing key gets the imported content as its next draft revision. Published versions are never changed: a
     * version only ever comes from publishing.
     */
    public List<TemplateImport> importTemplates(List<PrdTemplate> inputs) {
        return config.importAll(inputs).stream().map(i -> new TemplateImport(i.key(), i.outcome() == VersionedConfig.ImportOutcome.CREATED
                ? TemplateImport.Outcome.CREATED : TemplateImport.Outcome.NEW_DRAFT_REVISION, draftView(i.draft()))).toList();
    }

    /**
     * Installs a built-in template and publishes it as version 1, unless a template with its key exists (then it
     * changes nothing). No user: the app does it. Joins the caller's transaction (one-time setup).
     *
     * @return whether it installed the template
     */
    public boolean installBuiltIn(PrdTemplate builtIn, String note) {
        return config.installBuiltIn(builtIn, note);
    }

    // ---------------------------------------------------------------- PRDs' view

    @Override
    public Optional<PublishedTemplate> find(String templateKey, Integer version) {
        return config.published(templateKey, version).map(v -> new PublishedTemplate(v.content(), v.version(),
                v.status() == ConfigStatus.RETIRED, v.latestVersion()));
    }

    // ---------------------------------------------------------------- helpers

    /** What PRD templates bring to the shared versioning: the codec, validation with sanitizing, audit wording. */
    private final class Rules implements VersionedConfig.Rules<PrdTemplate> {
        private final TemplateCodec codec;

        Rules(TemplateCodec codec) {
            this.codec = codec;
        }

        @Override
        public String encode(PrdTemplate content) {
            return codec.encode(content);
        }

        @Override
        public PrdTemplate decode(String stored) {
            return codec.decode(stored);
        }

        @Override
        public String key(PrdTemplate content) {
            return content.key();
        }

        @Override
        public String name(PrdTemplate content) {
            return content.name();
        }

        @Override
        public PrdTemplate withKey(PrdTemplate t, String key) {
            return new PrdTemplate(key, t.name(), t.description(), t.sections());
        }

        @Override
        public PrdTemplate prepare(PrdTemplate input, List<FieldError> errors) {
            return TemplateService.this.prepare(input, errors);
        }

        @Override
        public List<FieldError> problems(PrdTemplate content) {
            return TemplateValidator.problems(content);
        }

        @Override
        public String describe(PrdTemplate t) {
            return t.sections().size() + (t.sections().size() == 1 ? " section: " : " sections: ")
                    + String.join(", ", t.sections().stream().map(TemplateSection::key).toList());
        }

        @Override
        public String changes(PrdTemplate before, PrdTemplate after) {
            return TemplateDiff.between(before, after).summary();
        }
    }

    /**
     * Normalizes (trims, drops empty optional text), validates, sanitizes RICH_TEXT starter content and validates
     * again (sanitizing may lengthen it). Problems are added to {@code errors}.
     */
    private PrdTemplate prepare(PrdTemplate input, List<FieldError> errors) {
        PrdTemplate normalized = normalize(input);
        List<FieldError> problems = TemplateValidator.problems(normalized);
        if (!problems.isEmpty()) {
            errors.addAll(problems);
            return normalized;
        }
        PrdTemplate sanitized = new PrdTemplate(normalized.key(), normalized.name(), normalized.description(), normalized.sections().stream()
                .map(s -> s.kind() == SectionKind.RICH_TEXT && s.starterContent() != null
                        ? new TemplateSection(s.key(), s.title(), s.kind(), s.required(), s.guidance(), emptyToNull(sanitizeKeepingPlaceholders(s.starterContent())),
                        s.columns(), s.items(), s.roles())
                        : s).toList());
        errors.addAll(TemplateValidator.problems(sanitized));
        return sanitized;
    }

    /**
     * Sanitizes rich text. The OWASP sanitizer breaks every {@code {{} into {@code {<!-- -->{} (against client-side
     * template injection); known placeholders, and only those, are put back so that PRDs can fill them in. Inside
     * attributes placeholders are URL-encoded by the sanitizer and stay inert.
     */
    String sanitizeKeepingPlaceholders(String html) {
        String sanitized = sanitizer.sanitize(html);
        for (String placeholder : TemplateValidator.KNOWN_PLACEHOLDERS) {
            sanitized = sanitized.replace(OWASP_BROKEN_BRACES + placeholder.substring(2), placeholder);
        }
        return sanitized;
    }

    private static PrdTemplate normalize(PrdTemplate t) {
        return new PrdTemplate(t.key(), strip(t.name()), emptyToNull(t.description()), t.sections().stream()
                .map(s -> new TemplateSection(s.key(), strip(s.title()), s.kind(), s.required(), emptyToNull(s.guidance()),
                        emptyToNull(s.starterContent()), stripAll(s.columns()), stripAll(s.items()), stripAll(s.roles())))
                .toList());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static List<String> stripAll(List<String> values) {
        return values.stream().map(String::strip).toList();
    }

    private static TemplateDraft draftView(VersionedConfig.Draft<PrdTemplate> d) {
        return new TemplateDraft(d.content(), d.status(), d.revision(), d.publishedVersion(), d.unpublishedChanges(), d.createdBy(),
                d.createdAt(), d.updatedBy(), d.updatedAt());
    }

    private static TemplateVersion versionView(VersionedConfig.Version<PrdTemplate> v) {
        return new TemplateVersion(v.content(), v.version(), v.note(), v.publishedBy(), v.publishedAt(), v.status(), v.latestVersion());
    }
}
