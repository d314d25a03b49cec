package io.prodops.governance.common.storage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.java.ao.RawEntity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Rules AO does not check for us but Oracle, SQL Server or MySQL would break on (shared/atlassian-platform.md §4):
 * identifiers of at most 30 characters, no reserved words, no index or unique constraint on unlimited text, an
 * explicit length on every string, explicit table names, and every issue-bound row carrying its project id.
 */
public class SchemaRulesTest {
    /** AO_ + 6 hex characters + _ : what the AO plugin prefixes every table name with. */
    private static final int PREFIX_LENGTH = "AO_ABCDEF_".length();

    @Test
    public void everyEntityInTheCodeBaseIsRegistered() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.prodops.governance")) {
            if (c.isInterface() && c.isAssignableTo(RawEntity.class)) {
                found.add(c.getName());
            }
        }
        Set<String> registered = new TreeSet<>();
        StorageEntities.ALL.forEach(e -> registered.add(e.getName()));
        assertEquals(found, registered);
    }

    @Test
    public void tableAndColumnNamesFitOracleAndAreNotReservedAnywhere() throws IOException {
        Set<String> reserved = reservedWords();
        List<String> problems = new ArrayList<>();
        Set<String> tables = new HashSet<>();
        for (Class<? extends RawEntity<?>> entity : StorageEntities.ALL) {
            Table table = entity.getAnnotation(Table.class);
            if (table == null) {
                problems.add(entity.getSimpleName() + ": no explicit @Table name (renaming the interface would orphan the table)");
                continue;
            }
            String name = table.value();
            if (!name.matches("[A-Z][A-Z0-9_]*")) {
                problems.add(name + ": table names are UPPER_CASE");
            }
            if (PREFIX_LENGTH + name.length() > 30) {
                problems.add("AO_xxxxxx_" + name + " is longer than 30 characters");
            }
            if (reserved.contains(name)) {
                problems.add(name + " is a reserved word");
            }
            if (!tables.add(name)) {
                problems.add(name + " is used twice");
            }
            for (Method getter : EntityRoundTripTest.getters(entity)) {
                String column = EntityRoundTripTest.column(getter);
                if (column.length() > 30) {
                    problems.add(name + "." + column + " is longer than 30 characters");
                }
                if (reserved.contains(column)) {
                    problems.add(name + "." + column + " is a reserved word");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void unlimitedTextIsNeverIndexedUniqueOrDefaultedAndEveryStringHasALength() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : StorageEntities.ALL) {
            Set<String> indexedMethods = new HashSet<>();
            Indexes indexes = entity.getAnnotation(Indexes.class);
            if (indexes != null) {
                for (Index index : indexes.value()) {
                    indexedMethods.addAll(Arrays.asList(index.methodNames()));
                }
            }
            for (Method getter : EntityRoundTripTest.getters(entity)) {
                String where = entity.getSimpleName() + "." + getter.getName();
                if (getter.getReturnType() != String.class) {
                    continue;
                }
                StringLength length = getter.getAnnotation(StringLength.class);
                if (length == null) {
                    problems.add(where + ": strings need an explicit @StringLength (<= 450 or UNLIMITED)");
                    continue;
                }
                if (length.value() == StringLength.UNLIMITED) {
                    if (getter.isAnnotationPresent(Indexed.class) || getter.isAnnotationPresent(Unique.class) || indexedMethods.contains(getter.getName())) {
                        problems.add(where + ": unlimited text cannot be indexed or unique (Oracle, SQL Server, MySQL)");
                    }
                    if (getter.isAnnotationPresent(Default.class)) {
                        problems.add(where + ": unlimited text cannot have a default");
                    }
                } else if (length.value() > StringLength.MAX_LENGTH) {
                    problems.add(where + ": bounded strings are at most 450 (SQL Server nvarchar)");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void unlimitedTextIsNeverComparedWithEqualsInQueries() throws IOException {
        Set<String> unlimited = new TreeSet<>();
        for (Class<? extends RawEntity<?>> entity : StorageEntities.ALL) {
            for (Method getter : EntityRoundTripTest.getters(entity)) {
                StringLength length = getter.getAnnotation(StringLength.class);
                if (length != null && length.value() == StringLength.UNLIMITED) {
                    unlimited.add(EntityRoundTripTest.column(getter));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                for (String column : unlimited) {
                    if (source.matches("(?s).*\"[^\"]*\\b" + column + "\\s*(=|<>|!=|\\bIN\\b|\\bLIKE\\b)[^\"]*\".*")) {
                        problems.add(file + " compares " + column);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void issueBoundRowsAlsoStoreTheirProject() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : StorageEntities.ALL) {
            Set<String> columns = new HashSet<>();
            EntityRoundTripTest.getters(entity).forEach(g -> columns.add(EntityRoundTripTest.column(g)));
            if (columns.contains("ISSUE_ID") && !columns.contains("PROJECT_ID")) {
                problems.add(entity.getSimpleName() + " stores ISSUE_ID without PROJECT_ID");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    public void everyUserColumnIsRewrittenOnUserKeyChange() {
        Set<String> listed = new TreeSet<>();
        UserKeyColumns.ALL.forEach(c -> listed.add(c.entity().getSimpleName() + "." + c.name()));
        Set<String> userColumns = new TreeSet<>();
        for (Class<? extends RawEntity<?>> entity : StorageEntities.ALL) {
            for (Method getter : EntityRoundTripTest.getters(entity)) {
                String column = EntityRoundTripTest.column(getter);
                if (column.endsWith("_BY") || column.endsWith("USER_KEY") || column.endsWith("ACTOR_KEY") || column.endsWith("OWNER_KEY")) {
                    userColumns.add(entity.getSimpleName() + "." + column);
                }
            }
        }
        assertEquals(userColumns, listed);
    }

    private static Set<String> reservedWords() throws IOException {
        Set<String> words = new HashSet<>();
        try (InputStream in = SchemaRulesTest.class.getResourceAsStream("/sql-reserved-words.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String word : line.trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word.toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        assertTrue(words.size() > 300);
        return words;
    }
}
