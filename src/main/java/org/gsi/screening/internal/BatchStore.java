package org.gsi.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batches of checks and their rows; the queue of batches lives here, so any node may run them after a restart. */
@Repository
class BatchStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record BatchRow(
            UUID id,
            String party,
            String askedBy,
            String fileName,
            String state,
            double threshold,
            List<String> lists,
            int total,
            int done,
            int rejected,
            int possible,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            String error) {

        public boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }
    }

    /** A row of a batch file: what it asked, and once checked its check (or the reason it was rejected). */
    record Line(
            int line,
            String clientRef,
            String name,
            String type,
            String birthDate,
            String nationality,
            String status,
            String reason,
            UUID check) {}

    void insert(BatchRow b, List<Line> lines) {
        jdbc.sql("INSERT INTO screening_batch (id, party, asked_by, file_name, state, threshold, lists, total,"
                        + " rejected) VALUES (?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)")
                .params(
                        b.id(),
                        b.party(),
                        b.askedBy(),
                        b.fileName(),
                        b.threshold(),
                        b.lists().toArray(String[]::new),
                        b.total(),
                        b.rejected())
                .update();
        template.batchUpdate(
                "INSERT INTO screening_batch_row (batch_id, line, client_ref, name, type, birth_date, nationality,"
                        + " status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines.stream()
                        .map(l -> new Object[] {
                            b.id(),
                            l.line(),
                            l.clientRef(),
                            l.name(),
                            l.type(),
                            l.birthDate(),
                            l.nationality(),
                            l.status(),
                            l.reason()
                        })
                        .toList());
    }

    Optional<BatchRow> find(UUID id) {
        return jdbc.sql("SELECT * FROM screening_batch WHERE id = ?")
                .param(id)
                .query(BatchStore::batch)
                .optional();
    }

    PageView<BatchRow> list(String reader, boolean all, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM screening_batch WHERE :all OR party = :reader")
                .param("all", all)
                .param("reader", reader)
                .query(Long.class)
                .single();
        List<BatchRow> items = jdbc.sql("SELECT * FROM screening_batch WHERE :all OR party = :reader"
                        + " ORDER BY created_at DESC LIMIT :size OFFSET :offset")
                .param("all", all)
                .param("reader", reader)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(BatchStore::batch)
                .list();
        return new PageView<>(items, page, size, total);
    }

    /**
     * Takes the oldest queued batch, or a running one whose worker stopped beating (a node that died), for this
     * worker; several nodes never take the same one.
     */
    Optional<BatchRow> claim() {
        return jdbc.sql("UPDATE screening_batch SET state = 'RUNNING', started_at = coalesce(started_at, now()),"
                        + " heartbeat_at = now() WHERE id = (SELECT id FROM screening_batch WHERE state = 'QUEUED'"
                        + " OR (state = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes')"
                        + " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *")
                .query(BatchStore::batch)
                .optional();
    }

    List<Line> pending(UUID batch, int limit) {
        return jdbc.sql("SELECT * FROM screening_batch_row WHERE batch_id = ? AND status = 'PENDING' ORDER BY line"
                        + " LIMIT ?")
                .params(batch, limit)
                .query(BatchStore::line)
                .list();
    }

    List<Line> lines(UUID batch) {
        return jdbc.sql("SELECT * FROM screening_batch_row WHERE batch_id = ? ORDER BY line")
                .param(batch)
                .query(BatchStore::line)
                .list();
    }

    List<Line> rejected(UUID batch, int limit) {
        return jdbc.sql("SELECT * FROM screening_batch_row WHERE batch_id = ? AND status = 'REJECTED' ORDER BY line"
                        + " LIMIT ?")
                .params(batch, limit)
                .query(BatchStore::line)
                .list();
    }

    /** Marks rows checked and counts them on the batch. */
    void done(UUID batch, List<Line> lines, List<UUID> checks, int possible) {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new Object[] {checks.get(i), batch, lines.get(i).line()});
        }
        template.batchUpdate(
                "UPDATE screening_batch_row SET status = 'DONE', check_id = ? WHERE batch_id = ? AND line = ?"
                        + " AND status = 'PENDING'",
                rows);
        jdbc.sql(
                        "UPDATE screening_batch SET done = done + ?, possible = possible + ?, heartbeat_at = now() WHERE id = ?")
                .params(lines.size(), possible, batch)
                .update();
    }

    void rejectRow(UUID batch, int line, String reason) {
        jdbc.sql("UPDATE screening_batch_row SET status = 'REJECTED', reason = ? WHERE batch_id = ? AND line = ?")
                .params(reason, batch, line)
                .update();
        jdbc.sql("UPDATE screening_batch SET rejected = rejected + 1 WHERE id = ?")
                .param(batch)
                .update();
    }

    void finish(UUID batch) {
        jdbc.sql("UPDATE screening_batch SET state = 'DONE', finished_at = now() WHERE id = ?")
                .param(batch)
                .update();
    }

    void fail(UUID batch, String error) {
        jdbc.sql("UPDATE screening_batch SET state = 'FAILED', finished_at = now(), error = ? WHERE id = ?")
                .params(error, batch)
                .update();
    }

    private static BatchRow batch(ResultSet rs, int i) throws SQLException {
        return new BatchRow(
                rs.getObject("id", UUID.class),
                rs.getString("party"),
                rs.getString("asked_by"),
                rs.getString("file_name"),
                rs.getString("state"),
                rs.getDouble("threshold"),
                List.of((String[]) rs.getArray("lists").getArray()),
                rs.getInt("total"),
                rs.getInt("done"),
                rs.getInt("rejected"),
                rs.getInt("possible"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Line line(ResultSet rs, int i) throws SQLException {
        return new Line(
                rs.getInt("line"),
                rs.getString("client_ref"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("birth_date"),
                rs.getString("nationality"),
                rs.getString("status"),
                rs.getString("reason"),
                rs.getObject("check_id", UUID.class));
    }
}
