package io.prodops.governance.portfolio.domain;

import io.prodops.governance.common.domain.Access;
import io.prodops.governance.common.domain.AuditEntry;
import io.prodops.governance.common.domain.AuditLog;
import io.prodops.governance.common.domain.FieldError;
import io.prodops.governance.common.domain.UserRef;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.port.FieldCatalog;
import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portfolio settings: everyone logged in reads them (the page shows what counts as an initiative); ops managers
 * change them, with the revision they read, audited. Validation names the field ({@code initiativeTypes[2]}).
 */
@Named
public class PortfolioSettingsService {
    public static final String AUDIT_SUBJECT = "PORTFOLIO_SETTINGS";
    public static final int TYPES_MAX = 20;
    public static final int TYPE_NAME_MAX = 255;

    private final PortfolioSettingsRepository settings;
    private final FieldCatalog fields;
    private final Access access;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public PortfolioSettingsService(PortfolioSettingsRepository settings, FieldCatalog fields, Access access, AuditLog audit,
                                    Transactions transactions, Clock clock) {
        this.settings = settings;
        this.fields = fields;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PortfolioSettings load() {
        access.requireUser();
        return settings.load();
    }

    public boolean isManager() {
        return access.caller().map(access::isOpsManager).orElse(false);
    }

    /** @param initiativeTypes issue type names, 1..{@value #TYPES_MAX}; {@code targetDateField} null for the due date */
    public PortfolioSettings save(List<String> initiativeTypes, String targetDateField, int expectedRevision) {
        UserRef user = access.requireOpsManager();
        PortfolioSettings input = validated(initiativeTypes, targetDateField);
        return transactions.inTransaction(() -> {
            PortfolioSettings before = settings.load();
            PortfolioSettings saved = settings.save(input, expectedRevision, user.key());
            String summary = "initiative types " + before.initiativeTypes() + " → " + saved.initiativeTypes() + "; target date "
                    + field(before.targetDateField()) + " → " + field(saved.targetDateField());
            audit.record(new AuditEntry(AUDIT_SUBJECT, "portfolio", null, null, AUDIT_SUBJECT + "_SAVED", user.key(), clock.instant(),
                    summary.length() > 1000 ? summary.substring(0, 1000) + "…" : summary, 1));
            return saved;
        });
    }

    PortfolioSettings validated(List<String> initiativeTypes, String targetDateField) {
        List<FieldError> errors = new ArrayList<>();
        List<String> types = new ArrayList<>();
        if (initiativeTypes == null || initiativeTypes.isEmpty()) {
            errors.add(FieldError.of("initiativeTypes", "is required: at least one issue type name"));
        } else if (initiativeTypes.size() > TYPES_MAX) {
            errors.add(FieldError.of("initiativeTypes", "must hold at most " + TYPES_MAX + " names (has " + initiativeTypes.size() + ")"));
        } else {
            for (int i = 0; i < initiativeTypes.size(); i++) {
                String name = initiativeTypes.get(i) == null ? "" : initiativeTypes.get(i).strip();
                String at = "initiativeTypes[" + i + "]";
                if (name.isEmpty()) {
                    errors.add(FieldError.of(at, "must not be empty"));
                } else if (name.length() > TYPE_NAME_MAX) {
                    errors.add(FieldError.of(at, "must be at most " + TYPE_NAME_MAX + " characters"));
                } else if (types.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))) {
                    errors.add(FieldError.of(at, name + " is listed twice"));
                } else {
                    types.add(name);
                }
            }
        }
        String field = targetDateField == null || targetDateField.isBlank() ? null : targetDateField.strip();
        if (field != null && "duedate".equals(field)) {
            field = null; // the due date is what null means: store one spelling of it
        }
        if (field != null && !(fields.exists(field) && fields.isDateField(field))) {
            errors.add(FieldError.of("targetDateField", "must be empty (the due date) or the id of an existing date field, like customfield_10020"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PortfolioSettings(types, field, 0);
    }

    private static String field(String id) {
        return id == null ? "due date" : id;
    }
}
