package io.prodops.governance.ao;

import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class EmbeddedDatabaseTest {
    @Table("SAMPLE")
    public interface SampleEntity extends Entity {
        @StringLength(100)
        String getName();

        void setName(String name);
    }

    @Test
    public void tablePrefixIsTheAoPluginsHashOfTheNamespace() {
        // md5("io.prodops.governance") ends in the 6 hex digits below; the AO plugin upper-cases them after "AO_"
        String prefix = EmbeddedDatabase.tablePrefix("io.prodops.governance");
        assertTrue(prefix, prefix.matches("AO_[0-9A-F]{6}"));
        assertEquals(EmbeddedDatabase.tablePrefix("io.prodops.governance"), prefix);
        assertTrue(!prefix.equals(EmbeddedDatabase.tablePrefix("com.example.other")));
    }

    @Test
    public void entitiesGetPrefixedTablesAndOtherTablesOfTheSchemaAreLeftAlone() throws Exception {
        EntityManager em = EmbeddedDatabase.open("jdbc:h2:mem:embedded-db-test;DB_CLOSE_DELAY=-1", "sa", "", "io.prodops.governance");
        try {
            try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE FOREIGN_TABLE (ID INT PRIMARY KEY, BORN DATE)"); // a type AO would choke on
            }
            em.migrate(SampleEntity.class);
            em.create(SampleEntity.class, new net.java.ao.DBParam("NAME", "ünïcødé ✓"));
            em.migrate(SampleEntity.class); // a second migrate must not touch FOREIGN_TABLE either

            String table = EmbeddedDatabase.tablePrefix("io.prodops.governance") + "_SAMPLE";
            try (Connection c = em.getProvider().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN ('" + table + "', 'FOREIGN_TABLE')")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
            assertEquals("ünïcødé ✓", em.find(SampleEntity.class)[0].getName());
        } finally {
            em.getProvider().dispose();
        }
    }
}
