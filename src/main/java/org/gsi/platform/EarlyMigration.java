package org.gsi.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The migrations of a start on the embedded server, run on the thread that started the server while the main
 * thread still assembles the application, with the settings Spring Boot's Flyway will have: the
 * {@code spring.flyway} settings the platform uses (where the migrations are, out of order, the placeholders, on or
 * off), the schema's owner as the user and the application's role as a placeholder ({@link DatabaseConfiguration}).
 * Run only when no other {@code spring.flyway} setting is given (an operator's target, schema or baseline would make
 * these migrations other than Boot's); Boot's Flyway then takes the result over if its configuration is the same in
 * every respect compared ({@link #sameAs}), and runs the migrations itself otherwise, as before.
 */
final class EarlyMigration {

    private static final ConfigurationPropertyName FLYWAY = ConfigurationPropertyName.of("spring.flyway");
    private static final Set<ConfigurationPropertyName> HONOURED = Set.of(
            ConfigurationPropertyName.of("spring.flyway.enabled"),
            ConfigurationPropertyName.of("spring.flyway.locations"),
            ConfigurationPropertyName.of("spring.flyway.out-of-order"),
            ConfigurationPropertyName.of("spring.flyway.placeholders"));

    private EarlyMigration() {}

    /**
     * The settings the migrations run with, read now (on the thread that reads the settings), or none when they may
     * not run before Boot's Flyway exists: Flyway off, or a {@code spring.flyway} setting given that this class does
     * not honour. Relaxed names (an environment variable such as {@code SPRING_FLYWAY_TARGET}) count as their setting.
     */
    static Optional<Settings> settings(ConfigurableEnvironment env) {
        Binder binder = Binder.get(env);
        if (!binder.bind("spring.flyway.enabled", Boolean.class).orElse(true)) {
            return Optional.empty();
        }
        for (var source : ConfigurationPropertySources.get(env)) {
            if (source instanceof IterableConfigurationPropertySource iterable
                    && iterable.stream().filter(FLYWAY::isAncestorOf).anyMatch(EarlyMigration::notHonoured)) {
                return Optional.empty();
            }
        }
        Map<String, String> placeholders =
                new TreeMap<>(binder.bind("spring.flyway.placeholders", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()));
        placeholders.put("application_role", DatabaseCredentials.APPLICATION);
        return Optional.of(new Settings(
                binder.bind("spring.flyway.locations", Bindable.listOf(String.class))
                        .orElse(List.of("classpath:db/migration")),
                binder.bind("spring.flyway.out-of-order", Boolean.class).orElse(false),
                placeholders));
    }

    private static boolean notHonoured(ConfigurationPropertyName name) {
        return HONOURED.stream().noneMatch(h -> h.equals(name) || h.isAncestorOf(name));
    }

    /** What the migrations are run with besides the server. */
    record Settings(List<String> locations, boolean outOfOrder, Map<String, String> placeholders) {

        /** The configuration Boot's Flyway will have on this server. */
        FluentConfiguration configuration(EmbeddedDatabaseServer server, ClassLoader classLoader) {
            return withoutServer(classLoader)
                    .dataSource(
                            server.jdbcUrl(),
                            DatabaseCredentials.OWNER,
                            server.credentials().password(DatabaseCredentials.OWNER));
        }

        private FluentConfiguration withoutServer(ClassLoader classLoader) {
            return Flyway.configure(classLoader)
                    .locations(locations.toArray(String[]::new))
                    .outOfOrder(outOfOrder)
                    .placeholders(placeholders);
        }

        /**
         * Loads what Flyway needs before it connects (its classes, its plugins, the configuration model), so that
         * {@link #run} does not wait for it; what fails here fails again in {@link #run}, where it counts.
         */
        void preload(ClassLoader classLoader) {
            try {
                withoutServer(classLoader).load();
            } catch (RuntimeException e) {
                // reported by the run
            }
        }

        /** Runs the migrations; returns the configuration Boot's Flyway is compared with. */
        Configuration run(EmbeddedDatabaseServer server, ClassLoader classLoader) {
            FluentConfiguration configuration = configuration(server, classLoader);
            configuration.load().migrate();
            return configuration;
        }
    }

    /** Whether two configurations would migrate the same database the same way, in every respect compared. */
    static boolean sameAs(Configuration ran, Configuration boots) {
        return fingerprint(ran).equals(fingerprint(boots));
    }

    static List<String> fingerprint(Configuration c) {
        return Arrays.asList(
                        c.getUrl(),
                        c.getUser(),
                        Arrays.stream(c.getLocations())
                                .map(Location::getDescriptor)
                                .toList(),
                        Arrays.stream(c.getCallbackLocations())
                                .map(Location::getDescriptor)
                                .toList(),
                        c.isOutOfOrder(),
                        new TreeMap<>(c.getPlaceholders()),
                        c.isPlaceholderReplacement(),
                        c.getPlaceholderPrefix(),
                        c.getPlaceholderSuffix(),
                        c.getPlaceholderSeparator(),
                        c.getTable(),
                        c.getTablespace(),
                        list(c.getSchemas()),
                        c.getDefaultSchema(),
                        c.isCreateSchemas(),
                        c.getTarget(),
                        list(c.getCherryPick()),
                        c.isBaselineOnMigrate(),
                        c.getBaselineVersion(),
                        c.isValidateOnMigrate(),
                        c.isValidateMigrationNaming(),
                        list(c.getIgnoreMigrationPatterns()),
                        c.getSqlMigrationPrefix(),
                        c.getRepeatableSqlMigrationPrefix(),
                        c.getSqlMigrationSeparator(),
                        list(c.getSqlMigrationSuffixes()),
                        c.getEncoding(),
                        c.isExecuteInTransaction(),
                        c.isMixed(),
                        c.isGroup(),
                        c.getInstalledBy(),
                        c.getInitSql(),
                        c.isSkipExecutingMigrations(),
                        c.isSkipDefaultCallbacks(),
                        c.isSkipDefaultResolvers(),
                        c.getCallbacks().length,
                        c.getResolvers().length,
                        c.getJavaMigrations().length)
                .stream()
                .map(EarlyMigration::describe)
                .toList();
    }

    private static List<Object> list(Object[] values) {
        return values == null ? null : Arrays.asList(values);
    }

    private static String describe(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(EarlyMigration::describe).toList().toString()
                : Objects.toString(value);
    }
}
