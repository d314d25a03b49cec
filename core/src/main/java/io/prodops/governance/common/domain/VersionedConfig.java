package io.prodops.governance.common.domain;

import io.prodops.governance.common.port.Transactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The lifecycle of one kind of ops-managed configuration over {@link ConfigDocRepository}, shared by PRD templates
 * and readiness gate sets: drafts with a revision, publish with a note into immutable versions, retire/unretire,
 * versions, diffs, export/import (all or nothing), audit events. Ops managers write and see drafts; everyone logged
 * in reads published versions. Every operation is one transaction that also writes its audit event. What differs
 * between kinds (content type, validation, wording) comes in as {@link Rules} and {@link Names}.
 *
 * @param <T> the content (e.g. a PRD template, a gate set)
 */
public final class VersionedConfig<T> {
    public static final int NOTE_MAX = 4000;
    public static final int IMPORT_MAX = 500;

    /** What one kind of configuration brings. */
    public interface Rules<T> {
        String encode(T content);

        /** @throws IllegalStateException when the stored text is not readable (a bug or a damaged row) */
        T decode(String stored);

        String key(T content);

        String name(T content);

        T withKey(T content, String key);

        /** Normalizes, validates and cleans input; adds the problems to {@code errors} (unprefixed). */
        T prepare(T input, List<FieldError> errors);

        /** The problems of stored content, checked again before publishing. */
        List<FieldError> problems(T content);

        /** For audit summaries: e.g. "3 sections: goals, reqs, launch". */
        String describe(T content);

        /** For audit summaries: what changed between two contents. */
        String changes(T before, T after);
    }

    /**
     * The wording of one kind.
     *
     * @param kind         the config-doc kind, e.g. PRD_TEMPLATE
     * @param noun         how messages name one, e.g. "template", "gate set"
     * @param title        how not-found messages name one, e.g. "PRD template"
     * @param auditSubject the audit entity type
     * @param actionPrefix audit actions are this plus CREATED, DRAFT_SAVED, PUBLISHED, RETIRED, UNRETIRED, IMPORTED
     * @param notFound     the error code of a missing key
     * @param importField  the request field holding the imported list, e.g. "templates"
     * @param usedFor      what retiring stops, e.g. "PRDs": "no new PRDs from it"
     */
    public record Names(String kind, String noun, String title, String auditSubject, String actionPrefix, String notFound,
                        String versionNotFound, String importField, String usedFor) {
    }

    /** @param unpublishedChanges whether the draft differs from the newest published version (always before the first) */
    public record Draft<T>(T content, ConfigStatus status, int revision, int publishedVersion, boolean unpublishedChanges,
                           String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
    }

    /** @param status the document's status now; {@code latestVersion} its newest published version */
    public record Version<T>(T content, int version, String note, String publishedBy, Instant publishedAt, ConfigStatus status,
                             int latestVersion) {
    }

    /** A list entry: the draft for managers, the newest published version (revision null) for everyone else. */
    public record Summary<T>(T content, ConfigStatus status, Integer revision, int publishedVersion, String updatedBy, Instant updatedAt) {
    }

    public record Export<T>(Draft<T> draft, List<Version<T>> versions) {
        public Export {
            versions = List.copyOf(versions);
        }
    }

    public enum ImportOutcome {
        /** The key was new: it now exists as a draft. */
        CREATED,
        /** The key existed: the imported content is its new draft revision; published versions are unchanged. */
        NEW_DRAFT_REVISION
    }

    public record Imported<T>(String key, ImportOutcome outcome, Draft<T> draft) {
    }

    private final Names names;
    private final Rules<T> rules;
    private final ConfigDocRepository docs;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;

    public VersionedConfig(Names names, Rules<T> rules, ConfigDocRepository docs, Access access, AuditLog audit, Transactions transactions) {
        this.names = names;
        this.rules = rules;
        this.docs = docs;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    public Names names() {
        return names;
    }

    public boolean isManager() {
        return access.caller().map(access::isOpsManager).orElse(false);
    }

    public void requireManager() {
        access.requireOpsManager();
    }

    // ---------------------------------------------------------------- reads

    public Page<Summary<T>> list(PageRequest page) {
        access.requireUser();
        boolean manager = isManager();
        return transactions.inTransaction(() -> {
            if (manager) {
                return docs.list(names.kind(), page).map(doc -> new Summary<>(rules.decode(doc.draftBody()), doc.status(), doc.revision(),
                        doc.publishedVersion(), doc.updatedBy(), doc.updatedAt()));
            }
            return docs.list(names.kind(), Set.of(ConfigStatus.PUBLISHED), page).map(doc -> {
                ConfigVersion latest = storedVersion(doc.key(), doc.publishedVersion());
                return new Summary<>(rules.decode(latest.body()), doc.status(), null, doc.publishedVersion(), latest.publishedBy(),
                        latest.publishedAt());
            });
        });
    }

    public Draft<T> draft(String key) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> draftView(existing(key)));
    }

    /** The newest published version (anyone logged in); one never published answers 404, like a missing one. */
    public Version<T> latest(String key) {
        access.requireUser();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            if (doc.publishedVersion() == 0) {
                throw notFound(key);
            }
            return versionView(doc, storedVersion(key, doc.publishedVersion()));
        });
    }

    public Version<T> version(String key, int n) {
        UserRef caller = access.requireUser();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            if (doc.publishedVersion() == 0 && !access.isOpsManager(caller)) {
                throw notFound(key); // a never-published draft does not exist for non-managers (no probing of keys)
            }
            return versionView(doc, storedVersion(key, n));
        });
    }

    /** Published versions, newest first (ops managers). */
    public Page<Version<T>> versions(String key, PageRequest page) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            List<ConfigVersion> all = docs.versions(names.kind(), key);
            List<Version<T>> items = all.stream().skip(page.offset()).limit(page.size()).map(v -> versionView(doc, v)).toList();
            return new Page<>(items, all.size(), page.page(), page.size());
        });
    }

    /**
     * Compares two contents (ops managers).
     *
     * @param from a published version, or null for the working draft; {@code to} likewise
     */
    public <D> D diff(String key, Integer from, Integer to, BiFunction<T, T, D> differ) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc doc = existing(key);
            return differ.apply(content(doc, from), content(doc, to));
        });
    }

    /** Drafts with every published version (ops managers); one document when {@code key} is given. */
    public List<Export<T>> export(String key) {
        access.requireOpsManager();
        return transactions.inTransaction(() -> {
            List<ConfigDoc> selected = new ArrayList<>();
            if (key != null) {
                selected.add(existing(key));
            } else {
                PageRequest page = new PageRequest(0, PageRequest.MAX_SIZE);
                while (true) {
                    Page<ConfigDoc> batch = docs.list(names.kind(), page);
                    selected.addAll(batch.items());
                    if (batch.items().size() < page.size() || selected.size() >= batch.total()) {
                        break;
                    }
                    page = new PageRequest(page.page() + 1, page.size());
                }
                selected.sort(Comparator.comparing(ConfigDoc::key));
            }
            return selected.stream().map(doc -> new Export<>(draftView(doc),
                    docs.versions(names.kind(), doc.key()).stream().map(v -> versionView(doc, v)).toList())).toList();
        });
    }

    /**
     * A published version for the app's own use (no caller check: e.g. the PRD page's template, a readiness
     * evaluation). Empty when the key is unknown, never published or has no such version.
     *
     * @param version null for the newest
     */
    public Optional<Version<T>> published(String key, Integer version) {
        if (key == null || (version != null && version < 1)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> docs.find(names.kind(), key).flatMap(doc -> {
            if (doc.publishedVersion() == 0) {
                return Optional.empty();
            }
            int wanted = version == null ? doc.publishedVersion() : version;
            return docs.version(names.kind(), key, wanted).map(v -> versionView(doc, v));
        }));
    }

    // ---------------------------------------------------------------- writes

    public Draft<T> create(T input) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>();
            T content = rules.prepare(input, errors);
            String key = rules.key(content);
            if (key != null && docs.find(names.kind(), key).isPresent()) {
                errors.add(0, FieldError.of("key", "is already used by another " + names.noun()));
            }
            throwIfAny(errors);
            ConfigDoc doc = docs.create(names.kind(), key, rules.name(content), rules.encode(content), user.key());
            record(doc.key(), "CREATED", user.key(), doc.updatedAt(), "created draft with " + rules.describe(content));
            return draftView(doc);
        });
    }

    /** Replaces the working draft; the key is immutable. */
    public Draft<T> saveDraft(String key, T input, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc before = existing(key);
            List<FieldError> errors = new ArrayList<>();
            String inputKey = rules.key(input);
            if (inputKey != null && !inputKey.equals(key)) {
                errors.add(FieldError.of("key", "cannot be changed: this " + names.noun() + "'s key is " + key));
            }
            T content = rules.prepare(rules.withKey(input, key), errors);
            throwIfAny(errors);
            requireRevision(before, expectedRevision);
            ConfigDoc after = docs.saveDraft(names.kind(), key, rules.name(content), rules.encode(content), expectedRevision, user.key());
            record(key, "DRAFT_SAVED", user.key(), after.updatedAt(), "draft revision " + after.revision() + ": "
                    + rules.changes(rules.decode(before.draftBody()), content));
            return draftView(after);
        });
    }

    /** Freezes the draft as the next version N. */
    public Draft<T> publish(String key, String note, int expectedRevision) {
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
            T draft = rules.decode(before.draftBody());
            throwIfAny(prefixed(rules.problems(draft), "draft."));
            if (before.publishedVersion() > 0 && draft.equals(content(before, before.publishedVersion()))) {
                throw ValidationException.of("draft", "has no changes since version " + before.publishedVersion() + ": there is nothing to publish");
            }
            ConfigVersion version = docs.publish(names.kind(), key, trimmed, expectedRevision, user.key());
            record(key, "PUBLISHED", user.key(), version.publishedAt(), "published version " + version.version() + ": " + abbreviate(trimmed, 200));
            return draftView(existing(key));
        });
    }

    public Draft<T> setRetired(String key, boolean retire, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            ConfigDoc before = existing(key);
            requireRevision(before, expectedRevision);
            if (retire && before.status() == ConfigStatus.DRAFT) {
                throw ValidationException.of("status", "is DRAFT: a " + names.noun() + " that was never published cannot be retired");
            }
            if (retire && before.status() == ConfigStatus.RETIRED) {
                throw ValidationException.of("status", "is already RETIRED");
            }
            if (!retire && before.status() != ConfigStatus.RETIRED) {
                throw ValidationException.of("status", "is " + before.status() + ", not RETIRED");
            }
            ConfigDoc after = docs.setRetired(names.kind(), key, retire, expectedRevision, user.key());
            record(key, retire ? "RETIRED" : "UNRETIRED", user.key(), after.updatedAt(), retire
                    ? "retired: no new " + names.usedFor() + " from it; versions 1.." + after.publishedVersion() + " and the "
                    + names.usedFor() + " using them stay"
                    : "unretired: version " + after.publishedVersion() + " is offered for new " + names.usedFor() + " again");
            return draftView(after);
        });
    }

    /**
     * Imports contents, validated like any save; all or nothing. A new key becomes a draft; an existing key gets the
     * imported content as its next draft revision. Published versions only ever come from publishing.
     */
    public List<Imported<T>> importAll(List<T> inputs) {
        UserRef user = access.requireOpsManager();
        return transactions.inTransaction(() -> {
            String field = names.importField();
            if (inputs.isEmpty() || inputs.size() > IMPORT_MAX) {
                throw ValidationException.of(field, "must hold between 1 and " + IMPORT_MAX + " " + field + " (has " + inputs.size() + ")");
            }
            List<FieldError> errors = new ArrayList<>();
            List<T> prepared = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                List<FieldError> problems = new ArrayList<>();
                T content = rules.prepare(inputs.get(i), problems);
                errors.addAll(prefixed(problems, field + "[" + i + "]."));
                String key = rules.key(content);
                Integer first = key == null ? null : seen.putIfAbsent(key, i);
                if (first != null) {
                    errors.add(FieldError.of(field + "[" + i + "].key", key + " is also imported as " + field + "[" + first + "]"));
                }
                prepared.add(content);
            }
            throwIfAny(errors);
            List<Imported<T>> results = new ArrayList<>();
            for (T content : prepared) {
                String key = rules.key(content);
                Optional<ConfigDoc> existing = docs.find(names.kind(), key);
                if (existing.isPresent()) {
                    ConfigDoc before = existing.get();
                    ConfigDoc after = docs.saveDraft(names.kind(), key, rules.name(content), rules.encode(content), before.revision(), user.key());
                    record(key, "IMPORTED", user.key(), after.updatedAt(), "imported as draft revision " + after.revision() + ": "
                            + rules.changes(rules.decode(before.draftBody()), content));
                    results.add(new Imported<>(key, ImportOutcome.NEW_DRAFT_REVISION, draftView(after)));
                } else {
                    ConfigDoc created = docs.create(names.kind(), key, rules.name(content), rules.encode(content), user.key());
                    record(key, "IMPORTED", user.key(), created.updatedAt(), "imported as a new draft with " + rules.describe(content));
                    results.add(new Imported<>(key, ImportOutcome.CREATED, draftView(created)));
                }
            }
            return results;
        });
    }

    /**
     * Installs built-in content and publishes it as version 1, unless its key exists (then it changes nothing). No
     * user: the app does it. Joins the caller's transaction (one-time setup).
     *
     * @return whether it installed anything
     */
    public boolean installBuiltIn(T builtIn, String note) {
        return transactions.inTransaction(() -> {
            if (docs.find(names.kind(), rules.key(builtIn)).isPresent()) {
                return false;
            }
            List<FieldError> errors = new ArrayList<>();
            T content = rules.prepare(builtIn, errors);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the built-in " + names.noun() + " " + rules.key(builtIn) + " is invalid: " + errors);
            }
            ConfigDoc doc = docs.create(names.kind(), rules.key(content), rules.name(content), rules.encode(content), null);
            ConfigVersion v1 = docs.publish(names.kind(), rules.key(content), note, doc.revision(), null);
            record(rules.key(content), "PUBLISHED", null, v1.publishedAt(), "built-in " + names.noun() + " installed and published as version "
                    + v1.version() + " with " + rules.describe(content));
            return true;
        });
    }

    // ---------------------------------------------------------------- helpers

    public static List<FieldError> prefixed(List<FieldError> errors, String prefix) {
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
        return docs.find(names.kind(), key).orElseThrow(() -> notFound(key));
    }

    private ConfigVersion storedVersion(String key, int version) {
        return docs.version(names.kind(), key, version).orElseThrow(() -> missingVersion(key, version));
    }

    private T content(ConfigDoc doc, Integer version) {
        return version == null ? rules.decode(doc.draftBody()) : rules.decode(storedVersion(doc.key(), version).body());
    }

    private Draft<T> draftView(ConfigDoc doc) {
        T draft = rules.decode(doc.draftBody());
        boolean unpublished = doc.publishedVersion() == 0 || !draft.equals(content(doc, doc.publishedVersion()));
        return new Draft<>(draft, doc.status(), doc.revision(), doc.publishedVersion(), unpublished, doc.createdBy(),
                doc.createdAt(), doc.updatedBy(), doc.updatedAt());
    }

    private Version<T> versionView(ConfigDoc doc, ConfigVersion v) {
        return new Version<>(rules.decode(v.body()), v.version(), v.note(), v.publishedBy(), v.publishedAt(), doc.status(), doc.publishedVersion());
    }

    private void record(String key, String action, String actorKey, Instant at, String summary) {
        audit.record(new AuditEntry(names.auditSubject(), key, null, null, names.actionPrefix() + action, actorKey, at, summary, 1));
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private NotFoundException notFound(String key) {
        return new NotFoundException(names.notFound(), "No " + names.title() + " with key " + key + ".");
    }

    private NotFoundException missingVersion(String key, int version) {
        return new NotFoundException(names.versionNotFound(), names.title() + " " + key + " has no published version " + version + ".");
    }
}
