package org.gsi.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one database: an external PostgreSQL when {@code GSI_DB_URL} is set ({@code GSI_DB_USER},
 * {@code GSI_DB_PASSWORD}), otherwise the embedded server under {@code gsi.data-dir}, to which the application
 * connects as {@value DatabaseCredentials#APPLICATION} and the migrations as {@value DatabaseCredentials#OWNER}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final String EXTERNAL_URL = "GSI_DB_URL";
    private static final String EMBEDDED = "'${GSI_DB_URL:}'.isEmpty()";

    /**
     * The embedded server this process starts; or, for an operator command run while the platform is up, the
     * platform's server on the same data directory, reached with the passwords kept there.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(EMBEDDED)
    EmbeddedDatabase embeddedDatabase(
            GsiProperties properties, Environment env, ObjectProvider<EmbeddedDatabaseEarlyStart> earlyStart) {
        boolean command = !env.getProperty("gsi.command", "").isEmpty();
        boolean durable = command || env.getProperty("gsi.database.durable", Boolean.class, true);
        try {
            EmbeddedDatabaseServer server = Optional.ofNullable(earlyStart.getIfAvailable())
                    .flatMap(early -> early.take(properties.dataDir(), durable))
                    .orElseGet(() -> EmbeddedDatabaseServer.start(properties.dataDir(), durable));
            return new EmbeddedDatabase(server, server.jdbcUrl(), server.credentials());
        } catch (EmbeddedDatabaseServer.DataDirectoryInUseException e) {
            if (!command) {
                throw e;
            }
            String url = EmbeddedDatabaseServer.runningServerUrl(properties.dataDir())
                    .orElseThrow(() -> e);
            DatabaseCredentials credentials = DatabaseCredentials.read(properties.dataDir())
                    .orElseThrow(() -> new IllegalStateException("The platform running on " + properties.dataDir()
                            + " keeps no " + DatabaseCredentials.FILE + "; stop it and run the command again."));
            return new EmbeddedDatabase(null, url, credentials);
        }
    }

    record EmbeddedDatabase(EmbeddedDatabaseServer server, String url, DatabaseCredentials credentials)
            implements AutoCloseable {

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Migrations run as the role that owns the schema; the audit module's take rights from the application role. */
    @Bean
    @ConditionalOnExpression(EMBEDDED)
    FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedDatabase database) {
        return configuration -> {
            configuration.dataSource(
                    database.url(),
                    DatabaseCredentials.OWNER,
                    database.credentials().password(DatabaseCredentials.OWNER));
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("application_role", DatabaseCredentials.APPLICATION);
            configuration.placeholders(placeholders);
        };
    }

    /**
     * The migrations of a start that began the embedded server early were run beside the assembly
     * ({@link EmbeddedDatabaseEarlyStart}): Flyway waits for them and takes them over; any other start runs them.
     */
    @Bean
    @ConditionalOnExpression(EMBEDDED)
    FlywayMigrationStrategy migrationsBesideTheAssembly(ObjectProvider<EmbeddedDatabaseEarlyStart> earlyStart) {
        EmbeddedDatabaseEarlyStart early = earlyStart.getIfAvailable();
        return early == null ? flyway -> flyway.migrate() : early.migrationStrategy();
    }

    /**
     * On an external PostgreSQL with a role that owns the schema apart from the one the application connects as
     * ({@code GSI_DB_MIGRATION_USER}, {@code GSI_DB_MIGRATION_PASSWORD}): the migrations run as the owner and take
     * the audit rights from {@code GSI_DB_USER}, as on the embedded server. A further node on the database of a
     * first one connects so: {@code gsi_app} and {@code gsi_owner} with the passwords of its data directory.
     */
    @Bean
    @ConditionalOnExpression("!" + EMBEDDED + " && !'${GSI_DB_MIGRATION_USER:}'.isEmpty()")
    FlywayConfigurationCustomizer externalMigrationsAsOwner(Environment env) {
        return configuration -> {
            configuration.dataSource(
                    env.getProperty(EXTERNAL_URL),
                    env.getProperty("GSI_DB_MIGRATION_USER"),
                    env.getProperty("GSI_DB_MIGRATION_PASSWORD", ""));
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("application_role", env.getProperty("GSI_DB_USER", "postgres"));
            configuration.placeholders(placeholders);
        };
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(ObjectProvider<EmbeddedDatabase> embedded, Environment env) {
        HikariConfig config = new HikariConfig();
        String external = env.getProperty(EXTERNAL_URL, "");
        if (external.isBlank()) {
            EmbeddedDatabase database = embedded.getObject();
            config.setJdbcUrl(database.url());
            config.setUsername(DatabaseCredentials.APPLICATION);
            config.setPassword(database.credentials().password(DatabaseCredentials.APPLICATION));
        } else {
            config.setJdbcUrl(external);
            config.setUsername(env.getProperty("GSI_DB_USER", "postgres"));
            config.setPassword(env.getProperty("GSI_DB_PASSWORD", ""));
        }
        config.setPoolName("gsi");
        config.setMaximumPoolSize(env.getProperty("gsi.database.pool-size", Integer.class, 16));
        return new HikariDataSource(config);
    }
}
