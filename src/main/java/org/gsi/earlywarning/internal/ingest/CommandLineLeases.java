package org.gsi.earlywarning.internal.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.gsi.earlywarning.internal.store.EventStoreException;

/**
 * A command-line import holds a lease on its job for as long as its process lives: a PostgreSQL advisory lock of
 * its own connection, which the database lets go the moment the process ends, however it ends (even
 * {@code kill -9}). A job of the command line that is still queued or running while no one holds its lease can
 * never finish, and any start of the platform or of a command marks it failed.
 */
final class CommandLineLeases {

    /** The first key of the leases' advisory locks; the second is the hash of the job id. */
    private static final int LEASES = 7_300_302;

    private static final String FAIL_ABANDONED = "UPDATE earlywarning_import_job SET status = 'FAILED',"
            + " finished_at = now(), error = 'The command-line import stopped before it finished (its process"
            + " ended); import the file again.' WHERE runner = 'command-line' AND status IN ('QUEUED', 'RUNNING')"
            + " AND pg_try_advisory_xact_lock(" + LEASES + ", hashtext(id::text))";

    private final DataSource dataSource;

    CommandLineLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The held lease of a job; closing it lets the lease go. */
    static final class Lease implements AutoCloseable {

        private final Connection connection;

        private Lease(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // the connection is gone, and the lock with it
            }
        }
    }

    /** Takes the lease of a job before its row is written, so that no live job is ever without one. */
    Lease take(UUID job) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_lock(" + LEASES + ", hashtext(?))")) {
                s.setString(1, job.toString());
                s.execute();
                return new Lease(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException("cannot take the import's lease: " + e.getMessage(), e);
        }
    }

    /** Marks failed the command-line jobs whose process is gone; returns how many. */
    int failAbandoned() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            return s.executeUpdate(FAIL_ABANDONED);
        } catch (SQLException e) {
            throw new EventStoreException("cannot look for abandoned imports: " + e.getMessage(), e);
        }
    }
}
