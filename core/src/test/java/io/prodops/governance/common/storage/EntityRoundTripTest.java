package io.prodops.governance.common.storage;

import io.prodops.governance.testing.AllEntities;
import io.prodops.governance.testing.TestStrings;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.schema.StringLength;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Every field of every entity survives a round trip through the database: bounded strings at their full declared
 * length with emoji, RTL and CJK text, unlimited text of 200 KB, longs beyond the int range, dates, booleans.
 * Runs on H2 by default and on PostgreSQL and MariaDB in CI (-Dao.test.database=...).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(AllEntities.class)
public class EntityRoundTripTest {
    private static final int UNLIMITED_CHARS = 200 * 1024;

    private EntityManager entityManager;

    @Test
    public void everyFieldOfEveryEntityRoundTrips() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Class<? extends RawEntity<?>> type : StorageEntities.ALL) {
            Map<String, Object> values = sampleValues(type);
            RawEntity<?> created = entityManager.create(cast(type), values);
            int id = (Integer) type.getMethod("getID").invoke(created);
            entityManager.flushAll();

            RawEntity<?>[] found = entityManager.find(cast(type), "ID = ?", id);
            assertEquals(type.getSimpleName(), 1, found.length);
            for (Method getter : getters(type)) {
                Object expected = values.get(column(getter));
                Object actual = getter.invoke(found[0]);
                String where = type.getSimpleName() + "." + getter.getName();
                if (expected instanceof Date date) {
                    assertEquals(where, date.getTime(), ((Date) actual).getTime());
                } else if (expected instanceof String text) {
                    assertEquals(where + " length", text.length(), ((String) actual).length());
                    assertTrue(where + " content", text.equals(actual));
                } else {
                    assertEquals(where, expected, actual);
                }
                checked.add(where);
            }
        }
        assertTrue("fields checked: " + checked.size(), checked.size() > 100);
    }

    static Map<String, Object> sampleValues(Class<?> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        int n = 0;
        for (Method getter : getters(type)) {
            n++;
            Class<?> t = getter.getReturnType();
            Object value;
            if (t == String.class) {
                StringLength length = getter.getAnnotation(StringLength.class);
                int chars = length.value() == StringLength.UNLIMITED ? UNLIMITED_CHARS : length.value();
                value = TestStrings.ofLength(chars);
            } else if (t == int.class || t == Integer.class) {
                value = 1000 + n;
            } else if (t == long.class || t == Long.class) {
                value = 10_000_000_000L + n; // beyond the int range: the column must be BIGINT
            } else if (t == double.class || t == Double.class) {
                value = 0.625 + n;
            } else if (t == boolean.class || t == Boolean.class) {
                value = Boolean.TRUE; // false is the default, so true proves the write
            } else if (t == Date.class) {
                value = new Date(1_795_000_000_000L + n * 1000L); // whole seconds: MySQL DATETIME drops millis
            } else {
                throw new AssertionError("no sample for " + t + " in " + type.getSimpleName() + "." + getter.getName());
            }
            values.put(column(getter), value);
        }
        return values;
    }

    static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method m : type.getMethods()) { // includes columns inherited from IssueBound, Authored, Updated
            boolean aoInternal = m.getDeclaringClass() == RawEntity.class || m.getDeclaringClass() == net.java.ao.Entity.class;
            if (!aoInternal && (m.getName().startsWith("get") || m.getName().startsWith("is")) && m.getParameterCount() == 0) {
                getters.add(m);
            }
        }
        getters.sort(java.util.Comparator.comparing(Method::getName));
        return getters;
    }

    /** getSomeField / isSomeFlag -> SOME_FIELD / SOME_FLAG, as AO's Atlassian field name converter does. */
    static String column(Method getter) {
        String name = getter.getName().replaceFirst("^(get|is)", "");
        return name.replaceAll("([a-z\\d])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends RawEntity<Integer>> Class<T> cast(Class<? extends RawEntity<?>> type) {
        return (Class) type;
    }
}
