package io.prodops.governance.portfolio.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.ValidationException;
import io.prodops.governance.common.storage.RevisionGuard;
import io.prodops.governance.common.storage.SettingEntity;
import io.prodops.governance.portfolio.domain.PortfolioSettings;
import io.prodops.governance.portfolio.domain.PortfolioSettingsRepository;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@link PortfolioSettingsRepository} in the app's settings table ({@link SettingEntity}, one row per key): the
 * initiative types as a JSON array under {@value #TYPES}, the target-date field under {@value #DATE_FIELD} (no row =
 * the due date). One revision for both, arbitrated by {@link RevisionGuard} as aggregate {@value #AGGREGATE}, so a
 * stale save is a {@link io.prodops.governance.common.domain.ConflictException}. Auditing is the calling service's
 * job (as for the app settings: SettingsService audits, AoSettingsRepository stores).
 */
@Named
public class AoPortfolioSettingsRepository implements PortfolioSettingsRepository {
    static final String AGGREGATE = "PF_SETTINGS";
    static final long AGGREGATE_ID = 1;
    static final String TYPES = "portfolio.initiativeTypes";
    static final String DATE_FIELD = "portfolio.targetDateField";
    /** SETTING_VALUE's length. */
    static final int VALUE_LENGTH = 450;

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final ActiveObjects ao;
    private final RevisionGuard revisions;

    @Inject
    public AoPortfolioSettingsRepository(ActiveObjects ao, RevisionGuard revisions) {
        this.ao = ao;
        this.revisions = revisions;
    }

    @Override
    public PortfolioSettings load() {
        return ao.executeInTransaction(() -> {
            RevisionInfo revision = revisions.current(AGGREGATE, AGGREGATE_ID);
            SettingEntity types = find(TYPES);
            SettingEntity field = find(DATE_FIELD);
            return new PortfolioSettings(types == null ? null : decode(types.getSettingValue()),
                    field == null ? null : field.getSettingValue(), revision.revision());
        });
    }

    @Override
    public PortfolioSettings save(PortfolioSettings settings, int expectedRevision, String userKey) {
        String types = encode(settings.initiativeTypes());
        if (types.length() > VALUE_LENGTH) {
            throw ValidationException.of("initiativeTypes", "are longer than " + VALUE_LENGTH + " characters together");
        }
        String field = settings.targetDateField() == null || settings.targetDateField().isBlank() ? null : settings.targetDateField().strip();
        if (field != null && field.length() > VALUE_LENGTH) {
            throw ValidationException.of("targetDateField", "is longer than " + VALUE_LENGTH + " characters");
        }
        return ao.executeInTransaction(() -> {
            RevisionInfo next = revisions.advance(AGGREGATE, AGGREGATE_ID, expectedRevision, userKey);
            Date at = Date.from(next.updatedAt());
            put(TYPES, types, userKey, at);
            put(DATE_FIELD, field, userKey, at);
            return new PortfolioSettings(settings.initiativeTypes(), field, next.revision());
        });
    }

    /** A null value removes the row (the default applies). */
    private void put(String key, String value, String userKey, Date at) {
        SettingEntity row = find(key);
        if (value == null) {
            if (row != null) {
                ao.delete(row);
            }
        } else if (row == null) {
            ao.create(SettingEntity.class, new DBParam("SETTING_KEY", key), new DBParam("SETTING_VALUE", value),
                    new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", at));
        } else {
            row.setSettingValue(value);
            row.setUpdatedBy(userKey);
            row.setUpdatedAt(at);
            row.save();
        }
    }

    private SettingEntity find(String key) {
        SettingEntity[] rows = ao.find(SettingEntity.class, "SETTING_KEY = ?", key);
        return rows.length == 0 ? null : rows[0];
    }

    private static String encode(List<String> types) {
        ArrayNode out = MAPPER.createArrayNode();
        types.forEach(out::add);
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store portfolio settings", e);
        }
    }

    private static List<String> decode(String text) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode n : MAPPER.readTree(text)) {
                out.add(n.asText());
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored portfolio settings are not readable", e);
        }
    }
}
