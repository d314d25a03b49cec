package io.prodops.governance.experiment;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.IssueLinkFacts;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SearchPage;
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
import io.prodops.governance.experiment.domain.ExperimentService;
import io.prodops.governance.testing.FixturePorts;
import io.prodops.governance.experiment.storage.AoExperimentRepository;
import net.java.ao.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ExperimentService over real storage (AO) with host ports faked in memory: Experiment issues EXP-1..EXP-3 and the
 * initiative INIT-1 in project GROW; EXP-1 and EXP-2 inform INIT-1, EXP-3 only blocks it. pete edits, vic views,
 * otto sees nothing.
 */
public final class ExperimentFixture {
    public static final UserRef PETE = new UserRef("pete", "Pete PM");
    public static final UserRef VIC = new UserRef("vic", "Vic Viewer");
    public static final UserRef OUTSIDER = new UserRef("otto", "Otto Outsider");
    public static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");
    private static final ProjectRef GROW = new ProjectRef(10000, "GROW", "Growth");
    public static final IssueFacts INIT = issue(20000, "INIT-1", "Initiative", "Grow sign-ups");
    public static final IssueFacts EXP1 = issue(20001, "EXP-1", "Experiment", "Bigger button");
    public static final IssueFacts EXP2 = issue(20002, "EXP-2", "Experiment", "Shorter form");
    public static final IssueFacts EXP3 = issue(20003, "EXP-3", "Experiment", "Unrelated");

    public final AoExperimentRepository repository;
    public final AoAuditLog audit;
    /** The issues the service reported changed, in order (after each committed write). */
    public final java.util.List<Long> changed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Who hears about changes; tests may swap in a failing one. */
    public io.prodops.governance.common.port.IssueDataChanged listener = changed::addAll;
    public final ExperimentService service;
    private UserRef caller = PETE;

    public ExperimentFixture(EntityManager entityManager) {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RevisionGuard guard = new RevisionGuard(ao, clock);
        repository = new AoExperimentRepository(ao, guard, clock);
        audit = new AoAuditLog(ao);
        Map<String, UserRef> users = Map.of("pete", PETE, "vic", VIC, "otto", OUTSIDER);
        Map<String, IssueFacts> issues = Map.of(INIT.key(), INIT, EXP1.key(), EXP1, EXP2.key(), EXP2, EXP3.key(), EXP3);
        UserDirectory directory = FixturePorts.users(users);
        AccessPolicy policy = FixturePorts.editorOnly(PETE, OUTSIDER);
        IssueDirectory directoryOfIssues = new IssueDirectory() {
            @Override
            public Optional<IssueFacts> findByKey(String issueKey) {
                return Optional.ofNullable(issues.get(issueKey));
            }

            @Override
            public Optional<IssueFacts> findById(long issueId) {
                return issues.values().stream().filter(i -> i.id() == issueId).findFirst();
            }

            @Override
            public List<IssueFacts> children(long issueId) {
                return List.of();
            }

            @Override
            public List<IssueLinkFacts> links(long issueId) {
                if (issueId != INIT.id()) {
                    return List.of();
                }
                return List.of(new IssueLinkFacts("Informs", IssueLinkFacts.Direction.INWARD, EXP1.id()),
                        new IssueLinkFacts("Informs", IssueLinkFacts.Direction.INWARD, EXP2.id()),
                        new IssueLinkFacts("Informs", IssueLinkFacts.Direction.OUTWARD, EXP3.id()), // INIT-1 informs EXP-3: the other way round
                        new IssueLinkFacts("Blocks", IssueLinkFacts.Direction.INWARD, EXP3.id()));
            }

            @Override
            public SearchPage search(String jql, int start, int max, Optional<UserRef> searcher) {
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
        CurrentUser current = () -> Optional.ofNullable(caller);
        Access access = new Access(current, directoryOfIssues, policy, directory, settings);
        service = new ExperimentService(access, repository, directoryOfIssues, policy, audit, new AoTransactions(ao, guard), clock,
                ids -> listener.changed(ids));
    }

    public ExperimentFixture as(UserRef user) {
        this.caller = user;
        return this;
    }

    private static IssueFacts issue(long id, String key, String type, String summary) {
        return new IssueFacts(id, key, summary, GROW, type, "To Do", StatusCategory.TO_DO, "pete", null, null);
    }
}
