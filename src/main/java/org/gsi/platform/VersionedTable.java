package org.gsi.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table whose rows carry a {@code version} column, and the one statement by which a change of a row claims its
 * next version. Of several writers that read the same version, exactly one moves the row on; the others get a
 * {@link StaleVersionException} (412) naming the version now stored. The statement also locks the row until the
 * transaction ends, so everything else the change writes happens after the claim and before any other writer's.
 *
 * <p>A change therefore reads its record (404 when the caller may not read it), checks {@code If-Match} against
 * what it read ({@link Versions#check}: 428 without, 412 when it names another version), and claims the version
 * with {@link #advance} before it writes anything else, in one transaction. A store whose own {@code UPDATE}
 * already names the version ({@code … WHERE id = ? AND version = ?}) hands its row count to {@link #requireAdvanced}
 * instead.
 *
 * @param table the table, e.g. {@code dialogue_track}
 * @param recordType the record's name in messages, e.g. {@code dialogue-track}
 */
public record VersionedTable(String table, String recordType) {

    public VersionedTable {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
    }

    /**
     * Moves the row {@code id} from {@code readVersion} to the next version; returns that version.
     *
     * @throws StaleVersionException when another change moved the row first
     */
    public long advance(JdbcClient jdbc, Object id, long readVersion) {
        return jdbc.sql("UPDATE " + table + " SET version = version + 1 WHERE id = ? AND version = ? RETURNING version")
                .params(id, readVersion)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> stale(jdbc, id));
    }

    /**
     * Checks the row count of a store's own {@code UPDATE … WHERE id = ? AND version = ?}.
     *
     * @throws StaleVersionException when it changed no row
     */
    public void requireAdvanced(int rows, JdbcClient jdbc, Object id) {
        if (rows != 1) {
            throw stale(jdbc, id);
        }
    }

    private RuntimeException stale(JdbcClient jdbc, Object id) {
        Optional<Long> current = jdbc.sql("SELECT version FROM " + table + " WHERE id = ?")
                .param(id)
                .query(Long.class)
                .optional();
        return current.<RuntimeException>map(v -> new StaleVersionException(recordType, id.toString(), v))
                .orElseGet(() -> new NotFoundException(recordType, id.toString()));
    }
}
