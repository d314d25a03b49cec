package io.prodops.governance.common.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.prodops.governance.prd.domain.SectionKind;
import io.prodops.governance.prd.storage.PrdSectionEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds and rewrites stored user keys (in user-key columns and inside PEOPLE sections), for the host's user anonymization (Jira renames an anonymized user's key,
 * e.g. {@code admin -> JIRAUSER10100}, and asks every app to follow). Works in pages of {@value #BATCH} rows.
 */
@Named
public class UserKeyRewriter {
    static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

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
        int inPeople = rewritePeopleSections(userKey, null);
        if (inPeople > 0) {
            counts.put("PRD_SECTION.CONTENT (people)", inPeople);
        }
        return counts;
    }

    /**
     * Replaces {@code from} by {@code to} in every user-key column and in the user lists of PEOPLE sections (JSON in an
     * unlimited column, so read in batches by kind and id, never compared in SQL); one transaction per batch.
     */
    public int rewrite(String from, String to) {
        int changed = rewritePeopleSections(from, to);
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

    /** Counts ({@code to} null) or rewrites the PEOPLE sections that list {@code from}. */
    private int rewritePeopleSections(String from, String to) {
        int touched = 0;
        int afterId = 0;
        while (true) {
            int startId = afterId;
            PrdSectionEntity[] rows = ao.executeInTransaction(() -> ao.find(PrdSectionEntity.class,
                    Query.select().where("KIND = ? AND ID > ?", SectionKind.PEOPLE.name(), startId).order("ID ASC").limit(BATCH)));
            for (PrdSectionEntity row : rows) {
                afterId = row.getID();
                String rewritten = replaceInPeople(row.getContent(), from, to == null ? from : to);
                if (rewritten != null) {
                    touched++;
                    if (to != null) {
                        ao.executeInTransaction(() -> {
                            PrdSectionEntity fresh = ao.get(PrdSectionEntity.class, row.getID());
                            String again = replaceInPeople(fresh.getContent(), from, to);
                            if (again != null) {
                                fresh.setContent(again);
                                fresh.save();
                            }
                            return null;
                        });
                    }
                }
            }
            if (rows.length < BATCH) {
                return touched;
            }
        }
    }

    /** The PEOPLE JSON with {@code from} replaced, or null when it does not list {@code from}. */
    static String replaceInPeople(String json, String from, String to) {
        if (json == null || !json.contains(from)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            boolean found = false;
            if (node instanceof ObjectNode roles) {
                for (JsonNode users : roles) {
                    if (users instanceof ArrayNode list) {
                        for (int i = 0; i < list.size(); i++) {
                            if (from.equals(list.get(i).asText())) {
                                list.set(i, list.textNode(to));
                                found = true;
                            }
                        }
                    }
                }
            }
            return found ? JSON.writeValueAsString(node) : null;
        } catch (JsonProcessingException e) {
            return null; // not PEOPLE-shaped JSON: nothing of ours to rewrite
        }
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
