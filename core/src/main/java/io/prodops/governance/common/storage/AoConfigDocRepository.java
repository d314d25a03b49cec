package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.prodops.governance.common.domain.ConfigDoc;
import io.prodops.governance.common.domain.ConfigDocRepository;
import io.prodops.governance.common.domain.ConfigStatus;
import io.prodops.governance.common.domain.ConfigVersion;
import io.prodops.governance.common.domain.NotFoundException;
import io.prodops.governance.common.domain.Page;
import io.prodops.governance.common.domain.PageRequest;
import io.prodops.governance.common.domain.RevisionInfo;
import io.prodops.governance.common.domain.ValidationException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ConfigDocRepository} over {@link ConfigDocEntity} and {@link ConfigVersionEntity}. The draft's revision is
 * arbitrated by {@link RevisionGuard} (aggregate {@value #AGGREGATE}, id = the row id); a version number is
 * additionally unique per document, so two publishers can never both create version N.
 */
@Named
public class AoConfigDocRepository implements ConfigDocRepository {
    static final String AGGREGATE = "CONFIG_DOC";

    private final ActiveObjects ao;
    private final RevisionGuard revisions;

    @Inject
    public AoConfigDocRepository(ActiveObjects ao, RevisionGuard revisions) {
        this.ao = ao;
        this.revisions = revisions;
    }

    @Override
    public Optional<ConfigDoc> find(String kind, String key) {
        return row(kind, key).map(AoConfigDocRepository::toDoc);
    }

    @Override
    public Page<ConfigDoc> list(String kind, PageRequest page) {
        return ao.executeInTransaction(() -> {
            int total = ao.count(ConfigDocEntity.class, Query.select().where("KIND = ?", kind));
            ConfigDocEntity[] rows = ao.find(ConfigDocEntity.class, Query.select().where("KIND = ?", kind)
                    .order("UPDATED_AT DESC, ID DESC").offset(page.offset()).limit(page.size()));
            return new Page<>(Arrays.stream(rows).map(AoConfigDocRepository::toDoc).toList(), total, page.page(), page.size());
        });
    }

    @Override
    public Page<ConfigDoc> list(String kind, Set<ConfigStatus> statuses, PageRequest page) {
        if (statuses.isEmpty()) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        List<ConfigStatus> wanted = List.copyOf(statuses);
        String where = "KIND = ? AND STATUS IN (" + String.join(", ", java.util.Collections.nCopies(wanted.size(), "?")) + ")";
        Object[] params = new Object[wanted.size() + 1];
        params[0] = kind;
        for (int i = 0; i < wanted.size(); i++) {
            params[i + 1] = wanted.get(i).name();
        }
        return ao.executeInTransaction(() -> {
            int total = ao.count(ConfigDocEntity.class, Query.select().where(where, params));
            ConfigDocEntity[] rows = ao.find(ConfigDocEntity.class, Query.select().where(where, params)
                    .order("UPDATED_AT DESC, ID DESC").offset(page.offset()).limit(page.size()));
            return new Page<>(Arrays.stream(rows).map(AoConfigDocRepository::toDoc).toList(), total, page.page(), page.size());
        });
    }

    @Override
    public ConfigDoc create(String kind, String key, String name, String draftBody, String userKey) {
        return ao.executeInTransaction(() -> {
            if (row(kind, key).isPresent()) {
                throw ValidationException.of("key", "is already used by another " + kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
            Date now = new Date();
            ConfigDocEntity created;
            try {
                created = ao.create(ConfigDocEntity.class,
                        new DBParam("KIND", kind), new DBParam("DOC_KEY", key), new DBParam("NAME", name),
                        new DBParam("STATUS", ConfigStatus.DRAFT.name()), new DBParam("REVISION", 1),
                        new DBParam("PUBLISHED_VERSION", 0), new DBParam("DRAFT_BODY", draftBody),
                        new DBParam("CREATED_BY", userKey), new DBParam("CREATED_AT", now),
                        new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", now));
            } catch (RuntimeException e) {
                if (SqlFailures.isLostRace(e)) { // someone created the same key at the same moment
                    throw ValidationException.of("key", "is already used");
                }
                throw e;
            }
            RevisionInfo first = revisions.start(AGGREGATE, created.getID(), userKey);
            created.setUpdatedAt(Date.from(first.updatedAt()));
            created.setCreatedAt(Date.from(first.updatedAt()));
            created.save();
            return toDoc(created);
        });
    }

    @Override
    public ConfigDoc saveDraft(String kind, String key, String name, String draftBody, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            ConfigDocEntity row = existing(kind, key);
            RevisionInfo next = revisions.advance(AGGREGATE, row.getID(), expectedRevision, userKey);
            row.setName(name);
            row.setDraftBody(draftBody);
            touch(row, next);
            return toDoc(row);
        });
    }

    @Override
    public ConfigVersion publish(String kind, String key, String note, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            ConfigDocEntity row = existing(kind, key);
            RevisionInfo next = revisions.advance(AGGREGATE, row.getID(), expectedRevision, userKey);
            int version = row.getPublishedVersion() + 1;
            Date at = Date.from(next.updatedAt());
            ao.create(ConfigVersionEntity.class, new DBParam("DOC_ID", row.getID()), new DBParam("VERSION", version),
                    new DBParam("NOTE", note), new DBParam("BODY", row.getDraftBody()),
                    new DBParam("PUBLISHED_BY", userKey), new DBParam("PUBLISHED_AT", at));
            row.setPublishedVersion(version);
            if (ConfigStatus.valueOf(row.getStatus()) == ConfigStatus.DRAFT) {
                row.setStatus(ConfigStatus.PUBLISHED.name());
            }
            touch(row, next);
            return new ConfigVersion(kind, key, version, note, row.getDraftBody(), userKey, next.updatedAt());
        });
    }

    @Override
    public ConfigDoc setRetired(String kind, String key, boolean retired, int expectedRevision, String userKey) {
        return ao.executeInTransaction(() -> {
            ConfigDocEntity row = existing(kind, key);
            if (retired && row.getPublishedVersion() == 0) {
                throw ValidationException.of("status", "a draft that was never published cannot be retired");
            }
            RevisionInfo next = revisions.advance(AGGREGATE, row.getID(), expectedRevision, userKey);
            row.setStatus((retired ? ConfigStatus.RETIRED : ConfigStatus.PUBLISHED).name());
            touch(row, next);
            return toDoc(row);
        });
    }

    @Override
    public Optional<ConfigVersion> version(String kind, String key, int version) {
        return ao.executeInTransaction(() -> row(kind, key).flatMap(doc -> {
            ConfigVersionEntity[] rows = ao.find(ConfigVersionEntity.class,
                    Query.select().where("DOC_ID = ? AND VERSION = ?", doc.getID(), version));
            return rows.length == 0 ? Optional.empty() : Optional.of(toVersion(kind, key, rows[0]));
        }));
    }

    @Override
    public List<ConfigVersion> versions(String kind, String key) {
        return ao.executeInTransaction(() -> {
            ConfigDocEntity doc = existing(kind, key);
            ConfigVersionEntity[] rows = ao.find(ConfigVersionEntity.class,
                    Query.select().where("DOC_ID = ?", doc.getID()).order("VERSION DESC"));
            return Arrays.stream(rows).map(v -> toVersion(kind, key, v)).toList();
        });
    }

    private Optional<ConfigDocEntity> row(String kind, String key) {
        ConfigDocEntity[] rows = ao.find(ConfigDocEntity.class, Query.select().where("KIND = ? AND DOC_KEY = ?", kind, key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private ConfigDocEntity existing(String kind, String key) {
        return row(kind, key).orElseThrow(() -> new NotFoundException(kind + "_NOT_FOUND", "No " + kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " with key " + key + "."));
    }

    private static void touch(ConfigDocEntity row, RevisionInfo next) {
        row.setRevision(next.revision());
        row.setUpdatedBy(next.updatedBy());
        row.setUpdatedAt(Date.from(next.updatedAt()));
        row.save();
    }

    private static ConfigDoc toDoc(ConfigDocEntity e) {
        return new ConfigDoc(e.getKind(), e.getDocKey(), e.getName(), ConfigStatus.valueOf(e.getStatus()), e.getRevision(),
                e.getPublishedVersion(), e.getDraftBody(), e.getCreatedBy(), e.getCreatedAt().toInstant(),
                e.getUpdatedBy(), e.getUpdatedAt().toInstant());
    }

    private static ConfigVersion toVersion(String kind, String key, ConfigVersionEntity v) {
        return new ConfigVersion(kind, key, v.getVersion(), v.getNote(), v.getBody(), v.getPublishedBy(), v.getPublishedAt().toInstant());
    }
}
