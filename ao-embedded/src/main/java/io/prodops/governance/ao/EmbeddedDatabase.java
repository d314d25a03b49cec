package io.prodops.governance.ao;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.SchemaConfiguration;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.EntityManagerConfiguration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds an {@link EntityManager} with the names the AO plugin would give our tables inside Jira:
 * {@code AO_<last 6 hex of md5(namespace)>_<ENTITY>} and Atlassian's column, index and sequence converters
 * (shared/atlassian-platform.md §4.1), over a pooled data source.
 */
public final class EmbeddedDatabase {
    private EmbeddedDatabase() {
    }

    /** The table prefix the AO plugin derives from an {@code <ao namespace>} (HexMd5Digester, 6 chars, upper case). */
    public static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return ("AO_" + hex.substring(hex.length() - 6)).toUpperCase(java.util.Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EntityManager open(String jdbcUrl, String username, String password, String namespace) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("prodops-ao");
        HikariDataSource dataSource = new HikariDataSource(config);
        var disposable = DelegatingDisposableDataSourceHandler.newInstance(dataSource, dataSource::close);
        DatabaseProvider provider;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            provider = new H2DatabaseProvider(disposable, "PUBLIC");
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            provider = new PostgreSQLDatabaseProvider(disposable, "public");
        } else if (jdbcUrl.startsWith("jdbc:mysql:")) {
            provider = new MySQLDatabaseProvider(disposable);
        } else {
            dataSource.close();
            throw new IllegalArgumentException("unsupported JDBC URL (h2, postgresql, mysql): " + jdbcUrl);
        }
        String prefix = tablePrefix(namespace);
        NameConverters converters = new NameConverters() {
            private final AtlassianTableNameConverter tables = new AtlassianTableNameConverter(s -> prefix + "_" + s);
            private final AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
            private final AtlassianSequenceNameConverter sequences = new AtlassianSequenceNameConverter();
            private final AtlassianTriggerNameConverter triggers = new AtlassianTriggerNameConverter();
            private final AtlassianIndexNameConverter indexes = new AtlassianIndexNameConverter();
            private final AtlassianUniqueNameConverter uniques = new AtlassianUniqueNameConverter();

            @Override public net.java.ao.schema.TableNameConverter getTableNameConverter() { return tables; }
            @Override public net.java.ao.schema.FieldNameConverter getFieldNameConverter() { return fields; }
            @Override public net.java.ao.schema.SequenceNameConverter getSequenceNameConverter() { return sequences; }
            @Override public net.java.ao.schema.TriggerNameConverter getTriggerNameConverter() { return triggers; }
            @Override public net.java.ao.schema.IndexNameConverter getIndexNameConverter() { return indexes; }
            @Override public net.java.ao.schema.UniqueNameConverter getUniqueNameConverter() { return uniques; }
        };
        // Like the AO plugin: manage only this namespace's tables, leave every other table of the schema alone.
        SchemaConfiguration schema = (table, caseSensitive) -> caseSensitive
                ? table.startsWith(prefix + "_")
                : table.toUpperCase(java.util.Locale.ROOT).startsWith(prefix + "_");
        EntityInfoResolverFactory entityInfos = new CachingEntityInfoResolverFactory();
        EntityManagerConfiguration configuration = new EntityManagerConfiguration() {
            @Override public boolean useWeakCache() { return true; }
            @Override public NameConverters getNameConverters() { return converters; }
            @Override public SchemaConfiguration getSchemaConfiguration() { return schema; }
            @Override public EntityInfoResolverFactory getEntityInfoResolverFactory() { return entityInfos; }
        };
        return new EntityManager(provider, configuration);
    }
}
