package org.gsi.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one database: an external PostgreSQL when {@code GSI_DB_URL} is set ({@code GSI_DB_USER},
 * {@code GSI_DB_PASSWORD}), otherwise the embedded server under {@code gsi.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final String EXTERNAL_URL = "GSI_DB_URL";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${GSI_DB_URL:}'.isEmpty() && '${gsi.command:}'.isEmpty()")
    EmbeddedDatabaseServer embeddedDatabaseServer(GsiProperties properties, Environment env) {
        boolean durable = env.getProperty("gsi.database.durable", Boolean.class, true);
        return EmbeddedDatabaseServer.start(properties.dataDir(), durable);
    }

    /**
     * An operator command uses the database of the platform running on the same data directory, or else starts
     * the embedded server itself.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${GSI_DB_URL:}'.isEmpty() && !'${gsi.command:}'.isEmpty()")
    CommandDatabase commandDatabase(GsiProperties properties) {
        try {
            return new CommandDatabase(EmbeddedDatabaseServer.start(properties.dataDir(), true), null);
        } catch (EmbeddedDatabaseServer.DataDirectoryInUseException e) {
            String url = EmbeddedDatabaseServer.runningServerUrl(properties.dataDir())
                    .orElseThrow(() -> e);
            return new CommandDatabase(null, url);
        }
    }

    record CommandDatabase(EmbeddedDatabaseServer server, String runningUrl) implements AutoCloseable {
        String jdbcUrl() {
            return server != null ? server.jdbcUrl() : runningUrl;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(
            ObjectProvider<EmbeddedDatabaseServer> embedded, ObjectProvider<CommandDatabase> command, Environment env) {
        HikariConfig config = new HikariConfig();
        String external = env.getProperty(EXTERNAL_URL, "");
        if (external.isBlank()) {
            EmbeddedDatabaseServer server = embedded.getIfAvailable();
            config.setJdbcUrl(
                    server != null ? server.jdbcUrl() : command.getObject().jdbcUrl());
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
