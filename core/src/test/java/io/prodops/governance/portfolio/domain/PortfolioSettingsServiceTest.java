package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AccessDeniedException;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.ConflictException;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.NotAuthenticatedException;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.FieldCatalog;
import io.prodops.governance.common.port.Transactions;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@link PortfolioSettingsService}: who may read and write, what is valid, and that a save is audited. */
public class PortfolioSettingsServiceTest {
    private static final UserRef OLGA = new UserRef("olga", "Olga Ops");

    private final PortfolioSettingsRepository repository = mock(PortfolioSettingsRepository.class);
    private final FieldCatalog fields = mock(FieldCatalog.class);
    private final Access access = mock(Access.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final Transactions transactions = mock(Transactions.class);
    private PortfolioSettingsService service;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        when(transactions.inTransaction(any())).thenAnswer(i -> i.<Supplier<Object>>getArgument(0).get());
        when(access.requireOpsManager()).thenReturn(OLGA);
        when(repository.load()).thenReturn(PortfolioSettings.defaults());
        when(repository.save(any(), anyInt(), anyString())).thenAnswer(i -> {
            PortfolioSettings s = i.getArgument(0);
            return new PortfolioSettings(s.initiativeTypes(), s.targetDateField(), i.<Integer>getArgument(1) + 1);
        });
        when(fields.exists("customfield_10102")).thenReturn(true);
        when(fields.isDateField("customfield_10102")).thenReturn(true);
        when(fields.exists("customfield_10100")).thenReturn(true); // a text field
        service = new PortfolioSettingsService(repository, fields, access, audit, transactions, Clock.systemUTC());
    }

    private List<String> fieldsOf(List<String> types, String field) {
        ValidationException e = assertThrows(ValidationException.class, () -> service.save(types, field, 0));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void readingNeedsALoggedInUser() {
        when(access.requireUser()).thenThrow(new NotAuthenticatedException());
        assertThrows(NotAuthenticatedException.class, service::load);
    }

    @Test
    public void onlyOpsManagersSaveAndNothingIsStoredOtherwise() {
        when(access.requireOpsManager()).thenThrow(new AccessDeniedException("no"));
        assertThrows(AccessDeniedException.class, () -> service.save(List.of("Epic"), null, 0));
        verify(repository, never()).save(any(), anyInt(), anyString());
    }

    @Test
    public void aValidSaveTrimsStoresWithTheRevisionAndIsAudited() {
        PortfolioSettings saved = service.save(List.of(" Initiative ", "Feature"), "customfield_10102", 3);
        ArgumentCaptor<PortfolioSettings> stored = ArgumentCaptor.forClass(PortfolioSettings.class);
        verify(repository).save(stored.capture(), eq(3), eq("olga"));
        assertEquals(List.of("Initiative", "Feature"), stored.getValue().initiativeTypes());
        assertEquals("customfield_10102", stored.getValue().targetDateField());
        assertEquals(4, saved.revision());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertEquals("PORTFOLIO_SETTINGS_SAVED", entry.getValue().action());
        assertTrue(entry.getValue().summary(), entry.getValue().summary().contains("customfield_10102"));
    }

    @Test
    public void blankOrDueDateMeansTheDueDate() {
        assertEquals(null, service.save(List.of("Epic"), "  ", 0).targetDateField());
        assertEquals(null, service.save(List.of("Epic"), "duedate", 0).targetDateField());
    }

    @Test
    public void typesAreOneToTwentyNonBlankBoundedAndDistinct() {
        assertEquals(List.of("initiativeTypes"), fieldsOf(List.of(), null));
        assertEquals(List.of("initiativeTypes"), fieldsOf(null, null));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= PortfolioSettingsService.TYPES_MAX; i++) {
            many.add("T" + i);
        }
        assertEquals(List.of("initiativeTypes"), fieldsOf(many, null));
        assertEquals(List.of("initiativeTypes[1]", "initiativeTypes[2]", "initiativeTypes[3]"),
                fieldsOf(Arrays.asList("Epic", " ", null, "x".repeat(256)), null));
        assertEquals(List.of("initiativeTypes[1]"), fieldsOf(List.of("Epic", "EPIC"), null));
        assertEquals(20, service.save(many.subList(0, 20), null, 0).initiativeTypes().size());
    }

    @Test
    public void theTargetDateFieldMustBeAnExistingDateField() {
        assertEquals(List.of("targetDateField"), fieldsOf(List.of("Epic"), "customfield_99999"));
        assertEquals(List.of("targetDateField"), fieldsOf(List.of("Epic"), "customfield_10100"));
        assertEquals(List.of("initiativeTypes", "targetDateField"), fieldsOf(List.of(), "nope"));
    }

    @Test
    public void aStaleRevisionIsTheRepositorysConflictAndNotAudited() {
        doThrow(new ConflictException("PF_SETTINGS", 1, null)).when(repository).save(any(), eq(1), anyString());
        assertThrows(ConflictException.class, () -> service.save(List.of("Epic"), null, 1));
        verify(audit, never()).record(any());
    }
}
