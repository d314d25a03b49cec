package io.prodops.governance.prd.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConfigDoc;
import io.prodops.governance.common.domain.ConfigDocRepository;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.ConfigVersion;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.RichTextSanitizer;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    public static final int NOTE_MAX = 4000;
    public static final int IMPORT_MAX = 500;

    private static final String OWASP_BROKEN_BRACES = "{<!-- -->{";

    private final ConfigDocRepository docs;
    private final TemplateCodec codec;
    private final RichTextSanitizer sanitizer;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;

    @Inject
    public TemplateService(ConfigDocRepository docs, TemplateCodec codec, RichTextSanitizer sanitizer, Access access, AuditLog audit,
                           Transactions transactions) {
        this.docs = docs;
        this.codec = codec;
        this.sanitizer = sanitizer;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Whether the caller manages templates (sees drafts, versions, diffs, exports). */
    public boolean isManager() {
        return access.caller().map(access::isOpsManager).orElse(false);
    }

    /** 401/403 unless the caller manages templates: resources call it before reading a write's body. */
    public void requireManager() {
        access.requireOpsManager();
    }

    // ---------------------------------------------------------------- reads

    /**
     * Ops managers: every template (drafts and retired ones included), described by its draft. Everyone else
     * logged in: the templates a PRD may be created from (published, not retired), described by their newest
     * published version.
     */
    public Page<TemplateSummary> list(PageRequest page) {
        access.requireUser();
        boolean manager = isManager();
        return transactions.inTransaction(() -> {
            if (manager) {
                return docs.list(KIND, page).map(doc -> {
                    PrdTemplate draft = codec.decode(doc.draftBody());
                    return new TemplateSummary(doc.key(), draft.name(), draft.description(), doc.status(), doc.revision(),
                            doc.publishedVersion(), draft.sections().size(), doc.updatedBy(), doc.updatedAt());
                });
            }
            return docs.list(KIND, Set.of(ConfigStatus.PUBLISHED), page).map(doc -> {
                ConfigVersion latest = docs.version(KIND, doc.key(), doc.publishedVersion()).orElseThrow(() -> missingVersion(doc.key(), doc.publishedVersion()));
                PrdTemplate published = codec.decode(latest.body());
                return new TemplateSummary(doc.key(), published.name(), published.description(), doc.status(), null,
                        doc.publishedVersion(), published.sections().size(), latest.publishedBy(), latest.publishedAt());
            });
        });
    }

    /** The working draft (ops managers). */
    public TemplateDraft draft(String key) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> draftView(existing(key)));
    }

    /** The newest published version (anyone logged in); a template never published answers 404, like a missing one. */
    public TemplateVersion latest(String key) {
        access.requireUser();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            if (doc.publishedVersion() == 0) {
                throw notFound(key);
            }
            return versionView(doc, docs.version(KIND, key, doc.publishedVersion()).orElseThrow(() -> missingVersion(key, doc.publishedVersion())));
        });
    }

    /** Published version {@code n} (anyone logged in: a PRD page shows the guidance of the version its PRD uses). */
    public TemplateVersion version(String key, int n) {
        UserRef caller = access.requireUser();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            if (doc.publishedVersion() == 0 && !access.isOpsManager(caller)) {
                throw notFound(key); // a never-published draft does not exist for non-managers (no probing of keys)
            }
            return versionView(doc, docs.version(KIND, key, n).orElseThrow(() -> missingVersion(key, n)));
        });
    }

    /** The published versions, newest first (ops managers). */
    public Page<TemplateVersionInfo> versions(String key, PageRequest page) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> {
            existing(key);
            List<ConfigVersion> all = docs.versions(KIND, key);
            List<TemplateVersionInfo> items = all.stream().skip(page.offset()).limit(page.size()).map(v -> {
                PrdTemplate t = codec.decode(v.body());
                return new TemplateVersionInfo(v.version(), v.note(), v.publishedBy(), v.publishedAt(), t.name(), t.sections().size());
            }).toList();
            return new Page<>(items, all.size(), page.page(), page.size());
        });
    }

    /**
     * What changed from one version to another (ops managers).
     *
     * @param from a published version, or null for the working draft
     * @param to   likewise
     */
    public TemplateDiff diff(String key, Integer from, Integer to) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            return TemplateDiff.between(content(doc, from), content(doc, to));
        });
    }

    /** The templates with their drafts and every published version (ops managers); one template when {@code key} is given. */
    public List<TemplateExport> export(String key) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> {
            List<ConfigDoc> selected = new ArrayList<>();
            if (key != null) {
                selected.add(existing(key));
            } else {
                PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE);
                while (true) {
                    Page<ConfigDoc> batch = docs.list(KIND, page);
                    selected.addAll(batch.items());
                    if (batch.items().size() < page.size() || selected.size() >= batch.total()) {
                        break;
                    }
                    page = new PageRequest(page.page() + 1, page.size());
                }
                selected.sort(Comparator.comparing(ConfigDoc::key));
            }
            return selected.stream().map(doc -> new TemplateExport(draftView(doc),
                    docs.versions(KIND, doc.key()).stream().map(v -> versionView(doc, v)).toList())).toList();
        });
    }

    // ---------------------------------------------------------------- writes

    /** A new template, as a draft at revision 1 (ops managers). */
    public TemplateDraft create(PrdTemplate input) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>();
            PrdTemplate template = prepare(input, "", errors);
            if (template.key() != null && docs.find(KIND, template.key()).isPresent()) {
                errors.add(0, FieldError.of("key", "is already used by another template"));
            }
            throwIfAny(errors);
            ConfigDoc doc = docs.create(KIND, template.key(), template.name(), codec.encode(template), user.key());
            record(doc.key(), CREATED, user.key(), doc.updatedAt(), "created draft with " + sectionList(template));
            return draftView(doc);
        });
    }

    /** Replaces the working draft (ops managers); the key is immutable. */
    public TemplateDraft saveDraft(String key, PrdTemplate input, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc before = existing(key);
            List<FieldError> errors = new ArrayList<>();
            if (input.key() != null && !input.key().equals(key)) {
                errors.add(FieldError.of("key", "cannot be changed: this template's key is " + key));
            }
            PrdTemplate template = prepare(withKey(input, key), "", errors);
            throwIfAny(errors);
            requireRevision(before, expectedRevision);
            ConfigDoc after = docs.saveDraft(KIND, key, template.name(), codec.encode(template), expectedRevision, user.key());
            record(key, DRAFT_SAVED, user.key(), after.updatedAt(), "draft revision " + after.revision() + ": "
                    + TemplateDiff.between(codec.decode(before.draftBody()), template).summary());
            return draftView(after);
        });
    }

    /** Freezes the draft as the next version N (ops managers). */
    public TemplateDraft publish(String key, String note, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc before = existing(key);
            String trimmed = note == null ? null : note.strip();
            if (trimmed == null || trimmed.isEmpty()) {
                throw ValidationException.of("note", "is required: say what changed in this version");
            }
            if (trimmed.length() > NOTE_MAX) {
                throw ValidationException.of("note", "must be at most " + NOTE_MAX + " characters (has " + trimmed.length() + ")");
            }
            requireRevision(before, expectedRevision);
            PrdTemplate draft = codec.decode(before.draftBody());
            throwIfAny(prefixed(TemplateValidator.problems(draft), "draft."));
            if (before.publishedVersion() > 0 && draft.equals(latestContent(before))) {
                throw ValidationException.of("draft", "has no changes since version " + before.publishedVersion() + ": there is nothing to publish");
            }
            ConfigVersion version = docs.publish(KIND, key, trimmed, expectedRevision, user.key());
            record(key, PUBLISHED, user.key(), version.publishedAt(), "published version " + version.version() + ": " + abbreviate(trimmed, 200));
            return draftView(existing(key));
        });
    }

    /** Offers the template for nothing new; its versions and the PRDs using them stay (ops managers). */
    public TemplateDraft retire(String key, int expectedRevision) {
        return setRetired(key, true, expectedRevision);
    }

    public TemplateDraft unretire(String key, int expectedRevision) {
        return setRetired(key, false, expectedRevision);
    }

    private TemplateDraft setRetired(String key, boolean retire, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc before = existing(key);
            requireRevision(before, expectedRevision);
            if (retire && before.status() == ConfigStatus.DRAFT) {
                throw ValidationException.of("status", "is DRAFT: a template that was never published cannot be retired");
            }
            if (retire && before.status() == ConfigStatus.RETIRED) {
                throw ValidationException.of("status", "is already RETIRED");
            }
            if (!retire && before.status() != ConfigStatus.RETIRED) {
                throw ValidationException.of("status", "is " + before.status() + ", not RETIRED");
            }
            ConfigDoc after = docs.setRetired(KIND, key, retire, expectedRevision, user.key());
            record(key, retire ? RETIRED : UNRETIRED, user.key(), after.updatedAt(), retire
                    ? "retired: no new PRDs from it; versions 1.." + after.publishedVersion() + " and the PRDs using them stay"
                    : "unretired: version " + after.publishedVersion() + " is offered for new PRDs again");
            return draftView(after);
        });
    }

    /**
     * Imports templates (ops managers), validated like any save; all or nothing. A new key becomes a draft; an
     * existing key gets the imported content as its next draft revision. Published versions are never changed: a
     * version only ever comes from publishing.
     */
    public List<TemplateImport> importTemplates(List<PrdTemplate> inputs) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>();
            if (inputs.isEmpty() || inputs.size() > IMPORT_MAX) {
                throw ValidationException.of("templates", "must hold between 1 and " + IMPORT_MAX + " templates (has " + inputs.size() + ")");
            }
            List<PrdTemplate> prepared = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                PrdTemplate t = prepare(inputs.get(i), "templates[" + i + "].", errors);
                Integer first = t.key() == null ? null : seen.putIfAbsent(t.key(), i);
                if (first != null) {
                    errors.add(FieldError.of("templates[" + i + "].key", t.key() + " is also imported as templates[" + first + "]"));
                }
                prepared.add(t);
            }
            throwIfAny(errors);
            List<TemplateImport> results = new ArrayList<>();
            for (PrdTemplate t : prepared) {
                Optional<ConfigDoc> existing = docs.find(KIND, t.key());
                if (existing.isPresent()) {
                    ConfigDoc before = existing.get();
                    ConfigDoc after = docs.saveDraft(KIND, t.key(), t.name(), codec.encode(t), before.revision(), user.key());
                    record(t.key(), IMPORTED, user.key(), after.updatedAt(), "imported as draft revision " + after.revision() + ": "
                            + TemplateDiff.between(codec.decode(before.draftBody()), t).summary());
                    results.add(new TemplateImport(t.key(), TemplateImport.Outcome.NEW_DRAFT_REVISION, draftView(after)));
                } else {
                    ConfigDoc created = docs.create(KIND, t.key(), t.name(), codec.encode(t), user.key());
                    record(t.key(), IMPORTED, user.key(), created.updatedAt(), "imported as a new draft with " + sectionList(t));
                    results.add(new TemplateImport(t.key(), TemplateImport.Outcome.CREATED, draftView(created)));
                }
            }
            return results;
        });
    }

    /**
     * Installs a built-in template and publishes it as version 1, unless a template with its key exists (then it
     * changes nothing). No user: the app does it. Joins the caller's transaction (one-time setup).
     *
     * @return whether it installed the template
     */
    public boolean installBuiltIn(PrdTemplate builtIn, String note) {
        return transactions.inTransaction(() -> {
            if (docs.find(KIND, builtIn.key()).isPresent()) {
                return false;
            }
            List<FieldError> errors = new ArrayList<>();
            PrdTemplate template = prepare(builtIn, "", errors);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the built-in template " + builtIn.key() + " is invalid: " + errors);
            }
            ConfigDoc doc = docs.create(KIND, template.key(), template.name(), codec.encode(template), null);
            ConfigVersion v1 = docs.publish(KIND, template.key(), note, doc.revision(), null);
            record(template.key(), PUBLISHED, null, v1.publishedAt(), "built-in template installed and published as version "
                    + v1.version() + " with " + sectionList(template));
            return true;
        });
    }

    // ---------------------------------------------------------------- PRDs' view

    @Override
    public Optional<PublishedTemplate> find(String templateKey, Integer version) {
        if (templateKey == null || (version != null && version < 1)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> docs.find(KIND, templateKey).flatMap(doc -> {
            if (doc.publishedVersion() == 0) {
                return Optional.empty();
            }
            int wanted = version == null ? doc.publishedVersion() : version;
            return docs.version(KIND, templateKey, wanted).map(v -> new PublishedTemplate(codec.decode(v.body()), wanted,
                    doc.status() == ConfigStatus.RETIRED, doc.publishedVersion()));
        }));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Normalizes (trims, drops empty optional text), validates, sanitizes RICH_TEXT starter content and validates
     * again (sanitizing may lengthen it). Problems are added to {@code errors} with {@code prefix}.
     */
    private PrdTemplate prepare(PrdTemplate input, String prefix, List<FieldError> errors) {
        PrdTemplate normalized = normalize(input);
        List<FieldError> problems = TemplateValidator.problems(normalized);
        if (!problems.isEmpty()) {
            errors.addAll(prefixed(problems, prefix));
            return normalized;
        }
        PrdTemplate sanitized = new PrdTemplate(normalized.key(), normalized.name(), normalized.description(), normalized.sections().stream()
                .map(s -> s.kind() == SectionKind.RICH_TEXT && s.starterContent() != null
                        ? new TemplateSection(s.key(), s.title(), s.kind(), s.required(), s.guidance(), emptyToNull(sanitizeKeepingPlaceholders(s.starterContent())),
                        s.columns(), s.items(), s.roles())
                        : s).toList());
        errors.addAll(prefixed(TemplateValidator.problems(sanitized), prefix));
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

    private static PrdTemplate withKey(PrdTemplate t, String key) {
        return new PrdTemplate(key, t.name(), t.description(), t.sections());
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

    private static List<FieldError> prefixed(List<FieldError> errors, String prefix) {
        return prefix.isEmpty() ? errors : errors.stream()
                .map(e -> new FieldError(prefix + e.field(), e.message(), e.row(), e.column())).toList();
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Refuses a write based on an older revision before looking at state-dependent rules (the database re-checks on write). */
    private static void requireRevision(ConfigDoc doc, int expectedRevision) {
        if (doc.revision() != expectedRevision) {
            throw new ConflictException("CONFIG_DOC", 0, new RevisionInfo(doc.revision(), doc.updatedBy(), doc.updatedAt()));
        }
    }

    private ConfigDoc existing(String key) {
        return docs.find(KIND, key).orElseThrow(() -> notFound(key));
    }

    private PrdTemplate content(ConfigDoc doc, Integer version) {
        if (version == null) {
            return codec.decode(doc.draftBody());
        }
        return codec.decode(docs.version(KIND, doc.key(), version).orElseThrow(() -> missingVersion(doc.key(), version)).body());
    }

    private PrdTemplate latestContent(ConfigDoc doc) {
        return content(doc, doc.publishedVersion());
    }

    private TemplateDraft draftView(ConfigDoc doc) {
        PrdTemplate draft = codec.decode(doc.draftBody());
        boolean unpublished = doc.publishedVersion() == 0 || !draft.equals(latestContent(doc));
        return new TemplateDraft(draft, doc.status(), doc.revision(), doc.publishedVersion(), unpublished, doc.createdBy(),
                doc.createdAt(), doc.updatedBy(), doc.updatedAt());
    }

    private TemplateVersion versionView(ConfigDoc doc, ConfigVersion v) {
        return new TemplateVersion(codec.decode(v.body()), v.version(), v.note(), v.publishedBy(), v.publishedAt(), doc.status(),
                doc.publishedVersion());
    }

    private void record(String key, String action, String actorKey, Instant at, String summary) {
        audit.record(new AuditEntry(AUDIT_SUBJECT, key, null, null, action, actorKey, at, summary, 1));
    }

    private static String sectionList(PrdTemplate t) {
        return t.sections().size() + (t.sections().size() == 1 ? " section: " : " sections: ")
                + String.join(", ", t.sections().stream().map(TemplateSection::key).toList());
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException(NOT_FOUND, "No PRD template with key " + key + ".");
    }

    private static NotFoundException missingVersion(String key, int version) {
        return new NotFoundException(VERSION_NOT_FOUND, "PRD template " + key + " has no published version " + version + ".");
    }
}
