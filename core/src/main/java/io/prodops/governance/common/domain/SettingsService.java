package io.prodops.governance.common.domain;

import io.prodops.governance.common.port.Transactions;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;

/** Changes app settings: one transaction that saves (revision-checked) and writes the audit event. */
@Named
public class SettingsService {
    public static final String AUDIT_SUBJECT = "SETTINGS";
    public static final String AUDIT_ACTION = "SETTINGS_CHANGED";

    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;

    @Inject
    public SettingsService(SettingsRepository settings, AuditLog audit, Transactions transactions) {
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    public AppSettings load() {
        return settings.load();
    }

    /**
     * @throws ConflictException when the settings changed since {@code expectedRevision}
     * @throws ValidationException naming the offending field
     */
    public AppSettings update(String opsGroup, int expectedRevision, UserRef admin) {
        return transactions.inTransaction(() -> {
            AppSettings before = settings.load();
            AppSettings after = settings.save(opsGroup, expectedRevision, admin.key());
            if (!Objects.equals(before.opsGroup(), after.opsGroup())) {
                audit.record(new AuditEntry(AUDIT_SUBJECT, "app", null, null, AUDIT_ACTION, admin.key(), after.updatedAt(),
                        "opsGroup: \"" + before.opsGroup() + "\" -> \"" + after.opsGroup() + "\"", 1));
            }
            return after;
        });
    }
}
