package org.gsi.platform;

import java.nio.file.Path;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses a second platform on a data directory that another one uses, before anything starts, with one line on
 * the error stream and exit status 1 (the exception's exit code), not a stack trace. An operator command is not
 * refused: it uses the running platform's database.
 */
public final class DataDirectoryGuard
        implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, SpringBootExceptionReporter {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (!env.getProperty("GSI_DB_URL", "").isEmpty()
                || !env.getProperty("gsi.command", "").isEmpty()) {
            return;
        }
        Path dir = Path.of(env.getProperty("gsi.data-dir", "data"))
                .toAbsolutePath()
                .normalize();
        if (EmbeddedDatabaseServer.inUse(dir)) {
            throw new EmbeddedDatabaseServer.DataDirectoryInUseException(dir);
        }
    }

    /** Reports a refusal (also one found later, while the database starts) as its message alone. */
    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedDatabaseServer.DataDirectoryInUseException refused) {
                System.err.println("error: " + refused.getMessage());
                return true;
            }
        }
        return false;
    }
}
