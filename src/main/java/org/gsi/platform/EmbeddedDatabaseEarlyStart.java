package org.gsi.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL (and, on a new data directory, creates its cluster) on a thread of its own as soon
 * as the settings are read, while the application is still being put together on the main thread; the
 * {@code embeddedDatabase} bean takes the started server over and waits for it if it is not up yet. Nothing uses the
 * database before that bean, so the platform is ready no sooner than before, only sooner in time. Only for a start
 * that serves (not an operator command) on the embedded server; a server not taken over because the start failed
 * is stopped.
 *
 * <p>On the same thread, once the server answers, the migrations run ({@link EarlyMigration}) when the settings allow
 * it; Boot's Flyway, through {@link #migrationStrategy}, waits for them and takes them over instead of running them
 * after the assembly. Nothing else uses the database before Boot's migrations end (Spring Boot orders the beans that
 * use the database after them), so this changes when the migrations run, not what sees them.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent>, Ordered {

    static final String BEAN = "embeddedDatabaseEarlyStart";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseEarlyStart.class);

    private final AtomicBoolean taken = new AtomicBoolean();
    private Path dataDir;
    private boolean durable;
    private CompletableFuture<EmbeddedDatabaseServer> server;
    /** The configuration the migrations ran with, once they ran; empty when they were not run early. */
    private CompletableFuture<Optional<Configuration>> migration = CompletableFuture.completedFuture(Optional.empty());

    private volatile boolean handedOver;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent loaded && server != null) {
            loaded.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
        } else if (event instanceof ApplicationFailedEvent) {
            stopIfNotTaken();
        }
    }

    /** After {@link DataDirectoryGuard}, which refuses a data directory in use before anything starts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private void start(ConfigurableEnvironment env) {
        if (!env.getProperty("GSI_DB_URL", "").isEmpty()
                || !env.getProperty("gsi.command", "").isEmpty()) {
            return;
        }
        dataDir = normalized(Path.of(env.getProperty("gsi.data-dir", "data")));
        durable = env.getProperty("gsi.database.durable", Boolean.class, true);
        Path dir = dataDir;
        boolean fsync = durable;
        Optional<EarlyMigration.Settings> migrations = EarlyMigration.settings(env);
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        server = new CompletableFuture<>();
        migration = new CompletableFuture<>();
        // a thread of its own rather than a shared pool: it keeps the class loader of the application's jar
        Thread thread = new Thread(
                () -> {
                    EmbeddedDatabaseServer started;
                    try {
                        started = EmbeddedDatabaseServer.start(dir, fsync);
                    } catch (RuntimeException | Error e) {
                        migration.complete(Optional.empty());
                        server.completeExceptionally(e);
                        return;
                    }
                    server.complete(started);
                    try {
                        migration.complete(migrations.map(settings -> settings.run(started, classLoader)));
                    } catch (RuntimeException | Error e) {
                        migration.completeExceptionally(e);
                    }
                },
                "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        migrations.ifPresent(settings -> {
            // Flyway's classes and plugins loaded while the cluster is created, not after
            Thread preload = new Thread(() -> settings.preload(classLoader), "flyway-preload");
            preload.setDaemon(true);
            preload.start();
        });
    }

    /**
     * The server started for {@code dir} with these settings, waiting for its start to end; empty when none was
     * started for them (the caller starts one). A failure of the start is thrown here, as if the caller had met it.
     */
    Optional<EmbeddedDatabaseServer> take(Path dir, boolean durable) {
        if (server == null || !taken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        EmbeddedDatabaseServer started = joined(server);
        if (!dataDir.equals(normalized(dir)) || this.durable != durable) {
            awaitMigrations();
            started.close();
            return Optional.empty();
        }
        handedOver = true;
        return Optional.of(started);
    }

    /**
     * The strategy of Boot's Flyway: waits for the migrations run early on the server handed over and takes them over
     * when Boot's configuration is the same as theirs; otherwise runs the migrations (again: those applied early
     * are applied once). A failure of the early migrations is thrown here, as if Boot's Flyway had met it.
     */
    FlywayMigrationStrategy migrationStrategy() {
        return flyway -> {
            Optional<Configuration> ran = handedOver ? joined(migration) : Optional.empty();
            if (ran.isPresent() && EarlyMigration.sameAs(ran.get(), flyway.getConfiguration())) {
                log.info("Migrations ran while the application was assembled; taken over");
                return;
            }
            if (ran.isPresent()) {
                log.warn("Migrations ran early with another configuration than Flyway's; Flyway runs them again");
            }
            flyway.migrate();
        };
    }

    /** Waits until the migrations run early have ended, however they ended (before the server is stopped). */
    private void awaitMigrations() {
        migration.handle((ran, failure) -> null).join();
    }

    /** The result, or the failure thrown as if the caller had met it. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void stopIfNotTaken() {
        if (server != null && taken.compareAndSet(false, true)) {
            try {
                awaitMigrations();
                server.thenAccept(EmbeddedDatabaseServer::close).join();
            } catch (CompletionException e) {
                // the start failed: nothing runs that needs stopping
            }
        }
    }

    private static Path normalized(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
