package org.gsi.platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
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
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationListener<SpringApplicationEvent>, Ordered {

    static final String BEAN = "embeddedDatabaseEarlyStart";

    private final AtomicBoolean taken = new AtomicBoolean();
    private Path dataDir;
    private boolean durable;
    private CompletableFuture<EmbeddedDatabaseServer> server;

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
        // a thread of its own rather than a shared pool: it keeps the class loader of the application's jar
        server = CompletableFuture.supplyAsync(() -> EmbeddedDatabaseServer.start(dir, fsync), task -> {
            Thread thread = new Thread(task, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
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
        EmbeddedDatabaseServer started;
        try {
            started = server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        if (!dataDir.equals(normalized(dir)) || this.durable != durable) {
            started.close();
            return Optional.empty();
        }
        return Optional.of(started);
    }

    private void stopIfNotTaken() {
        if (server != null && taken.compareAndSet(false, true)) {
            try {
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
