package io.prodops.governance.prd;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.CurrentUser;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.text.OwaspRichTextSanitizer;
import io.prodops.governance.prd.domain.PrdService;
import io.prodops.governance.prd.domain.PrdTemplate;
import io.prodops.governance.prd.domain.PublishedTemplate;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.domain.TemplateSection;
import io.prodops.governance.prd.json.SectionContentJson;
import io.prodops.governance.prd.storage.AoPrdRepository;
import io.prodops.governance.testing.FixturePorts;
import net.java.ao.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PrdService over real storage (AO) with host ports faked in memory: one initiative GROW-1 "Checkout <v2> & more",
 * editors pete, viewer vic, reviewers rita and ralf, and published template versions kept in a map.
 */
public final class PrdFixture {
    public static final UserRef PETE = new UserRef("pete", "Pete PM");
    public static final UserRef VIC = new UserRef("vic", "Vic Viewer");
    public static final UserRef RITA = new UserRef("rita", "Rita Reviewer");
    public static final UserRef RALF = new UserRef("ralf", "Ralf Reviewer");
    public static final UserRef OUTSIDER = new UserRef("otto", "Otto Outsider");
    public static final IssueFacts ISSUE = new IssueFacts(10001, "GROW-1", "Checkout <v2> & more", new ProjectRef(10000, "GROW", "Growth"),
            "Initiative", "In Progress", StatusCategory.IN_PROGRESS, "pete", null, null);

    public final Map<String, PublishedTemplate> versions = new HashMap<>();
    public final AoPrdRepository repository;
    public final AoAuditLog audit;
    /** The issues the service reported changed, in order (after each committed write). */
    public final java.util.List<Long> changed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Who hears about changes; tests may swap in a failing one. */
    public io.prodops.governance.common.port.IssueDataChanged listener = changed::addAll;
    public final PrdService service;
    public final UserDirectory users;
    public final Access access;
    public final SectionContentJson codec = new SectionContentJson();
    private UserRef caller = PETE;

    public PrdFixture(EntityManager entityManager) {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
        RevisionGuard guard = new RevisionGuard(ao, clock);
        repository = new AoPrdRepository(ao, guard, codec);
        audit = new AoAuditLog(ao);
        Map<String, UserRef> users = Map.of("pete", PETE, "vic", VIC, "rita", RITA, "ralf", RALF, "otto", OUTSIDER);
        UserDirectory directory = FixturePorts.users(users);
        AccessPolicy policy = FixturePorts.editorOnly(PETE, OUTSIDER);
        IssueDirectory issues = new IssueDirectory() {
            @Override
            public Optional<IssueFacts> findByKey(String issueKey) {
                return ISSUE.key().equals(issueKey) ? Optional.of(ISSUE) : Optional.empty();
            }

            @Override
            public Optional<IssueFacts> findById(long issueId) {
                return ISSUE.id() == issueId ? Optional.of(ISSUE) : Optional.empty();
            }

            @Override
            public List<IssueFacts> children(long issueId) {
                return List.of();
            }

            @Override
            public List<io.prodops.governance.common.domain.IssueLinkFacts> links(long issueId) {
                return List.of();
            }

            @Override
            public io.prodops.governance.common.domain.SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
                throw new UnsupportedOperationException();
            }
        };
        SettingsRepository settings = new SettingsRepository() {
            @Override
            public AppSettings load() {
                return AppSettings.defaults();
            }

            @Override
            public AppSettings save(String opsGroup, int expectedRevision, String userKey) {
                throw new UnsupportedOperationException();
            }
        };
        this.users = directory;
        CurrentUser current = () -> Optional.ofNullable(caller);
        this.access = new Access(current, issues, policy, directory, settings);
        service = new PrdService(access, repository, (key, version) -> {
            PublishedTemplate found = versions.get(key + ":" + version);
            return Optional.ofNullable(found);
        }, codec, new OwaspRichTextSanitizer(), directory, policy, audit, new AoTransactions(ao, guard), clock, ids -> listener.changed(ids));
    }

    public PrdFixture as(UserRef user) {
        this.caller = user;
        return this;
    }

    /** Publishes a template version; the latest is also found with version null. */
    public void publish(PrdTemplate template, int version) {
        int latest = Math.max(version, versions.values().stream().filter(v -> v.template().key().equals(template.key()))
                .mapToInt(PublishedTemplate::version).max().orElse(0));
        versions.put(template.key() + ":" + version, new PublishedTemplate(template, version, false, latest));
        versions.replaceAll((k, v) -> v.template().key().equals(template.key())
                ? new PublishedTemplate(v.template(), v.version(), v.retired(), latest) : v);
        versions.put(template.key() + ":null", versions.get(template.key() + ":" + latest));
    }

    /** One section of each kind; RICH_TEXT, TABLE and DATE required. */
    public static PrdTemplate everyKind(String key) {
        return new PrdTemplate(key, "Every kind", "one of each", List.of(
                new TemplateSection("goals", "Goals", SectionKind.RICH_TEXT, true, "Why we build it", "<p>Goals of {{issue.key}}: {{issue.summary}}</p>", null, null, null),
                new TemplateSection("requirements", "Requirements", SectionKind.TABLE, true, null, null, List.of("#", "Title"), null, null),
                new TemplateSection("launch", "Launch plan", SectionKind.CHECKLIST, false, null, null, null, List.of("Docs for {{project.name}}", "Support trained"), null),
                new TemplateSection("metrics", "Success metrics", SectionKind.METRICS, false, null, null, null, List.of("Conversion"), null),
                new TemplateSection("people", "People", SectionKind.PEOPLE, false, null, null, null, null, List.of("owner", "qa")),
                new TemplateSection("release", "Target release", SectionKind.DATE, true, null, "{{today}}", null, null, null)));
    }
}
