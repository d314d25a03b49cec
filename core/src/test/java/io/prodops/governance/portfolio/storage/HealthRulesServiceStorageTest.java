package io.prodops.governance.portfolio.storage;

import io.prodops.governance.ao.EmbeddedActiveObjects;
import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AppSettings;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.IssueFacts;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.ProjectRef;
import io.prodops.governance.common.domain.SettingsRepository;
import io.prodops.governance.common.domain.StatusCategory;
import io.prodops.governance.common.domain.SystemClock;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.domain.VersionedConfig;
import io.prodops.governance.common.port.AccessPolicy;
import io.prodops.governance.common.port.IssueDirectory;
import io.prodops.governance.common.port.ProjectDirectory;
import io.prodops.governance.common.port.UserDirectory;
import io.prodops.governance.common.storage.AoAuditLog;
import io.prodops.governance.common.storage.AoConfigDocRepository;
import io.prodops.governance.common.storage.AoTransactions;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.testing.AllEntities;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.portfolio.domain.HealthColor;
import io.prodops.governance.portfolio.domain.HealthRule;
import io.prodops.governance.portfolio.domain.HealthRuleSet;
import io.prodops.governance.portfolio.domain.HealthRuleType;
import io.prodops.governance.portfolio.domain.HealthRulesService;
import io.prodops.governance.portfolio.setup.DefaultHealthRulesTask;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link HealthRulesService} on real storage (AO on H2 by default) with the real permission model. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class HealthRulesServiceStorageTest {
    private static final UserRef OLGA = new UserRef("JIRAUSER10100", "Olga Ops");
    private static final UserRef PETE = new UserRef("JIRAUSER10101", "Pete Product");

    private EntityManager entityManager;
    private UserRef caller;
    private HealthRulesService service;
    private AoAuditLog audit;

    @Before
    public void setUp() {
        EmbeddedActiveObjects ao = new EmbeddedActiveObjects(entityManager);
        RevisionGuard revisions = new RevisionGuard(ao, new SystemClock());
        AccessPolicy policy = mock(AccessPolicy.class);
        UserDirectory users = mock(UserDirectory.class);
        when(users.isInGroup(anyString(), anyString())).thenReturn(false);
        when(users.isInGroup(eq(OLGA.key()), eq(AppSettings.DEFAULT_OPS_GROUP))).thenReturn(true);
        when(policy.isAdmin(any())).thenReturn(false);
        SettingsRepository settings = mock(SettingsRepository.class);
        when(settings.load()).thenReturn(AppSettings.defaults());
        IssueDirectory issues = mock(IssueDirectory.class);
        Access access = new Access(() -> Optional.ofNullable(caller), issues, policy, users, settings);
        audit = new AoAuditLog(ao);
        service = new HealthRulesService(new AoConfigDocRepository(ao, revisions), new JacksonHealthRulesCodec(), access, audit,
                new AoTransactions(ao, revisions));
        caller = OLGA;
    }

    private List<String> auditActions() {
        return audit.history(HealthRulesService.AUDIT_SUBJECT, HealthRuleSet.KEY, new PageRequest(0, 50)).items().stream()
                .map(AuditEntry::action).toList();
    }

    @Test
    public void theDefaultsAreInstalledOncePublishedAndApplyBeforeThat() {
        assertEquals(HealthRuleSet.defaults(), service.current());
        DefaultHealthRulesTask task = new DefaultHealthRulesTask(service);
        assertTrue(task.apply());
        assertFalse("idempotent", task.apply());
        assertEquals(1, service.latest().version());
        assertEquals(HealthRuleSet.defaults(), service.latest().content());
        assertEquals(List.of("HEALTH_RULES_PUBLISHED"), auditActions());
    }

    @Test
    public void editsAreDraftsUntilPublishedAsANewVersion() {
        new DefaultHealthRulesTask(service).apply();
        int revision = service.draft().revision();
        HealthRuleSet strict = new HealthRuleSet(List.of(new HealthRule(HealthRuleType.NOT_READY_NEAR_TARGET, HealthColor.RED, 14)));
        assertEquals(revision + 1, service.saveDraft(strict, revision).revision());
        assertEquals("published rules still apply", HealthRuleSet.defaults(), service.current());
        service.publish("two weeks before launch", revision + 1);
        assertEquals(strict, service.current());
        assertEquals(2, service.versions(new PageRequest(0, 10)).total());
        assertEquals(HealthRuleSet.defaults(), service.version(1).content());
        List<String> actions = auditActions();
        assertEquals(3, actions.size());
        assertEquals(2, actions.stream().filter("HEALTH_RULES_PUBLISHED"::equals).count());
        assertTrue(actions.contains("HEALTH_RULES_DRAFT_SAVED"));
    }

    @Test
    public void aStaleRevisionConflictsAndInvalidRulesNameTheField() {
        new DefaultHealthRulesTask(service).apply();
        int revision = service.draft().revision();
        service.saveDraft(new HealthRuleSet(List.of(HealthRule.standard(HealthRuleType.NO_TARGET_DATE))), revision);
        assertThrows(ConflictException.class, () -> service.saveDraft(HealthRuleSet.defaults(), revision));
        ValidationException e = assertThrows(ValidationException.class, () -> service.saveDraft(
                new HealthRuleSet(List.of(new HealthRule(HealthRuleType.NOT_READY_NEAR_TARGET, HealthColor.RED, -3))), revision + 1));
        assertEquals("rules[0].days", e.errors().get(0).field());
    }

    @Test
    public void onlyOpsManagersEditOrSeeTheDraft() {
        new DefaultHealthRulesTask(service).apply();
        caller = PETE;
        assertEquals(1, service.latest().version());
        assertThrows(AccessDeniedException.class, () -> service.draft());
        assertThrows(AccessDeniedException.class, () -> service.saveDraft(HealthRuleSet.defaults(), 1));
        assertThrows(AccessDeniedException.class, () -> service.publish("x", 1));
    }
}
