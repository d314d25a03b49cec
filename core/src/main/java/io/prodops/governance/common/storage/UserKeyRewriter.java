package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds and rewrites stored user keys, for the host's user anonymization (Jira renames an anonymized user's key,
 * e.g. {@code admin -> JIRAUSER10100}, and asks every app to follow). Works in pages of {@value #BATCH} rows.
 */
@Named
public class UserKeyRewriter {
    static final int BATCH = 500;

    private final ActiveObjects ao;

    @Inject
    public UserKeyRewriter(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Occurrences of the key per table column, e.g. {@code AUDIT_EVENT.ACTOR_KEY -> 12}; columns without any are left out. */
    public Map<String, Integer> occurrences(String userKey) {
        Map<String, Integer> counts = new TreeMap<>();
        ao.executeInTransaction(() -> {
            for (UserKeyColumns.Column column : UserKeyColumns.ALL) {
                int n = ao.count(cast(column.entity()), Query.select().where(column.name() + " = ?", userKey));
                if (n > 0) {
                    counts.put(tableOf(column.entity()) + "." + column.name(), n);
                }
            }
            return null;
        });
        return counts;
    }

    /** Replaces {@code from} by {@code to} in every user-key column; one transaction per column and batch. */
    public int rewrite(String from, String to) {
        int changed = 0;
        for (UserKeyColumns.Column column : UserKeyColumns.ALL) {
            Method setter = setterFor(column);
            while (true) {
                int batch = ao.executeInTransaction(() -> {
                    RawEntity<?>[] rows = ao.find(cast(column.entity()),
                            Query.select().where(column.name() + " = ?", from).limit(BATCH));
                    for (RawEntity<?> row : rows) {
                        try {
                            setter.invoke(row, to);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                        row.save();
                    }
                    return rows.length;
                });
                changed += batch;
                if (batch < BATCH) {
                    break;
                }
            }
        }
        return changed;
    }

    private static Method setterFor(UserKeyColumns.Column column) {
        StringBuilder name = new StringBuilder("set");
        for (String part : column.name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        try {
            return column.entity().getMethod(name.toString(), String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no setter " + name + " on " + column.entity().getSimpleName(), e);
        }
    }

    private static String tableOf(Class<?> entity) {
        return entity.getAnnotation(net.java.ao.schema.Table.class).value();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends RawEntity<Integer>> Class<T> cast(Class<? extends RawEntity<?>> type) {
        return (Class) type;
    }
}
