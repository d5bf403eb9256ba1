package org.gsi.earlywarning.internal.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.RejectedRow;
import org.gsi.platform.ConflictException;
import org.gsi.platform.Message;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the import jobs and their rejected rows. */
@Repository
class ImportJobStore {

    /** At most this many rejected rows are kept per job; the count of rejected rows stays exact. */
    static final int KEPT_REJECTIONS = 10_000;

    /** At most this many warnings are kept per job; the count of warnings stays exact. */
    static final int KEPT_WARNINGS = 10_000;

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a job runs: the platform's background worker, or a command line in the foreground. */
    enum Runner {
        WEB("web"),
        COMMAND_LINE("command-line");

        final String column;

        Runner(String column) {
            this.column = column;
        }
    }

    /** What a new job imports and how; see {@link EventImporter.Scope}. */
    record NewJob(
            String fileName,
            String fileHash,
            long bytes,
            String format,
            String user,
            String party,
            boolean demo,
            EventImporter.Scope scope,
            Runner runner) {}

    /** A new queued job; refused while the same file (by content) is queued or running. */
    void insert(UUID id, NewJob job) {
        try {
            jdbc.sql("INSERT INTO earlywarning_import_job (id, file_name, file_hash, file_bytes, format, status,"
                            + " submitted_by, submitted_party, demo, owner_party, replace_period, runner)"
                            + " VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            job.fileName(),
                            job.fileHash(),
                            job.bytes(),
                            job.format(),
                            job.user(),
                            job.party(),
                            job.demo(),
                            job.scope().owner(),
                            job.scope().replacePeriod(),
                            job.runner().column)
                    .update();
        } catch (DuplicateKeyException e) {
            String running = jdbc.sql("SELECT id::text FROM earlywarning_import_job WHERE file_hash = ?"
                            + " AND status IN ('QUEUED', 'RUNNING') LIMIT 1")
                    .param(job.fileHash())
                    .query(String.class)
                    .optional()
                    .orElse("?");
            throw new ConflictException(Message.of("earlywarning.refused.sameFile", running));
        }
    }

    /** What a queued job of the platform imports: read back by whichever node runs it. */
    record Queued(UUID id, String fileName, EventSource source, EventImporter.Scope scope) {}

    /** A job of the platform still to be run (queued, or running on a node that stopped mid-way). */
    Optional<Queued> unfinished(UUID id) {
        return jdbc.sql("SELECT file_name, format, owner_party, replace_period, submitted_by"
                        + " FROM earlywarning_import_job WHERE id = ? AND runner = 'web'"
                        + " AND status IN ('QUEUED', 'RUNNING')")
                .param(id)
                .query((rs, n) -> new Queued(
                        id,
                        rs.getString("file_name"),
                        EventSource.fromFormatKey(rs.getString("format")).orElseThrow(),
                        new EventImporter.Scope(
                                rs.getString("owner_party"),
                                rs.getBoolean("replace_period"),
                                rs.getString("submitted_by"))))
                .optional();
    }

    /** The job runs (again, when it is taken over: it keeps the time it first started). */
    void started(UUID id, String format) {
        jdbc.sql("UPDATE earlywarning_import_job SET status = 'RUNNING', started_at = coalesce(started_at, now()),"
                        + " format = ? WHERE id = ?")
                .params(format, id)
                .update();
    }

    /** Ends a running or queued job; false when it had ended already (another node finished it). */
    boolean finished(UUID id, String status, String error) {
        return jdbc.sql("UPDATE earlywarning_import_job SET status = ?, error = ?, finished_at = now() WHERE id = ?"
                                + " AND status IN ('QUEUED', 'RUNNING')")
                        .params(status, error, id)
                        .update()
                == 1;
    }

    /** The counts of the chunks the job has committed so far. */
    static EventImporter.Counts committed(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT read_rows, imported, updated, unchanged, rejected,"
                + " warnings, retracted FROM earlywarning_import_job WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return EventImporter.Counts.NONE;
                }
                return new EventImporter.Counts(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7));
            }
        }
    }

    /**
     * Writes a chunk's counts, rejections and warnings on the import's own connection, inside the chunk's
     * transaction.
     */
    static void chunkMerged(
            Connection c, UUID id, EventImporter.Counts n, List<RejectedRow> rejections, List<RowWarning> warnings)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE earlywarning_import_job SET read_rows = ?,"
                        + " imported = ?, updated = ?, unchanged = ?, rejected = ?, warnings = ?, retracted = ? WHERE id = ?")) {
            s.setLong(1, n.read());
            s.setLong(2, n.imported());
            s.setLong(3, n.updated());
            s.setLong(4, n.unchanged());
            s.setLong(5, n.rejected());
            s.setLong(6, n.warnings());
            s.setLong(7, n.retracted());
            s.setObject(8, id);
            s.executeUpdate();
        }
        keepWarnings(c, id, n.warnings() - warnings.size(), warnings);
        long alreadyKept = n.rejected() - rejections.size();
        int room = (int) Math.max(0, Math.min(rejections.size(), KEPT_REJECTIONS - alreadyKept));
        if (room == 0) {
            return;
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO earlywarning_import_rejection (job_id, line, kind, arguments)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (RejectedRow r : rejections.subList(0, room)) {
                s.setObject(1, id);
                s.setLong(2, r.line());
                s.setString(3, r.kind().name());
                s.setArray(4, c.createArrayOf("text", r.arguments().toArray()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void keepWarnings(Connection c, UUID id, long alreadyKept, List<RowWarning> warnings)
            throws SQLException {
        int room = (int) Math.max(0, Math.min(warnings.size(), KEPT_WARNINGS - alreadyKept));
        if (room == 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO earlywarning_import_warning (job_id, line, field,"
                + " kind, arguments) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (RowWarning w : warnings.subList(0, room)) {
                s.setObject(1, id);
                s.setLong(2, w.line());
                s.setString(3, w.field());
                s.setString(4, w.kind().name());
                s.setArray(5, c.createArrayOf("text", w.arguments().toArray()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    Optional<ImportJobView> find(UUID id) {
        return jdbc.sql("SELECT * FROM earlywarning_import_job WHERE id = ?")
                .param(id)
                .query(ImportJobStore::job)
                .optional();
    }

    List<RowWarning> warnings(UUID id, int offset, int limit) {
        return jdbc.sql("SELECT line, field, kind, arguments FROM earlywarning_import_warning WHERE job_id = ?"
                        + " ORDER BY line, kind, field OFFSET ? LIMIT ?")
                .params(id, offset, limit)
                .query((rs, n) -> new RowWarning(
                        rs.getLong("line"),
                        rs.getString("field"),
                        RowWarning.Kind.valueOf(rs.getString("kind")),
                        List.of((String[]) rs.getArray("arguments").getArray())))
                .list();
    }

    /**
     * A rejected row as kept: why and the values the message shows, or, for a row kept before rejections were kept
     * that way, only the sentence stored then.
     */
    record StoredRejection(long line, Optional<RejectedRow> said, String storedText) {}

    List<StoredRejection> rejections(UUID id, int offset, int limit) {
        return jdbc.sql("SELECT line, kind, arguments, reason FROM earlywarning_import_rejection WHERE job_id = ?"
                        + " ORDER BY line OFFSET ? LIMIT ?")
                .params(id, offset, limit)
                .query((rs, n) -> {
                    long line = rs.getLong("line");
                    String kind = rs.getString("kind");
                    Optional<RejectedRow> said = kind == null
                            ? Optional.empty()
                            : Optional.of(new RejectedRow(line, RejectedRow.Kind.valueOf(kind), List.of((String[])
                                    rs.getArray("arguments").getArray())));
                    return new StoredRejection(line, said, rs.getString("reason"));
                })
                .list();
    }

    List<ImportJobView> recent(int limit) {
        return jdbc.sql("SELECT * FROM earlywarning_import_job ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query(ImportJobStore::job)
                .list();
    }

    static ImportJobView job(ResultSet rs, int n) throws SQLException {
        return new ImportJobView(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getLong("file_bytes"),
                rs.getString("format"),
                rs.getString("status"),
                rs.getString("submitted_by"),
                rs.getString("submitted_party"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getLong("read_rows"),
                rs.getLong("imported"),
                rs.getLong("updated"),
                rs.getLong("unchanged"),
                rs.getLong("rejected"),
                rs.getLong("warnings"),
                rs.getLong("retracted"),
                rs.getBoolean("replace_period"),
                rs.getString("owner_party"),
                rs.getString("error"),
                rs.getBoolean("demo"),
                List.of(),
                List.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
