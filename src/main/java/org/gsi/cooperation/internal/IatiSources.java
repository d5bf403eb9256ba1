package org.gsi.cooperation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.cooperation.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IATI side of imported projects in PostgreSQL: what the file states beyond the project's fields, the hash that
 * tells a re-import nothing changed, and the project's transactions and results as the file gives them.
 */
@Repository
class IatiSources {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionBatch transactions;

    IatiSources(JdbcClient jdbc, JsonMapper json, TransactionBatch transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /** Each activity commits on its own and a re-import repeats it, so its commit need not wait for the disk. */
    void commitWithoutWaitingForDisk() {
        jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
    }

    Optional<IatiSource> find(ProjectId project) {
        return jdbc.sql("SELECT body FROM cooperation_iati_activity WHERE project_id = :id")
                .param("id", project.value())
                .query((rs, n) -> json.readValue(rs.getString(1), IatiSource.class))
                .optional();
    }

    Optional<String> hash(ProjectId project) {
        return jdbc.sql("SELECT source_hash FROM cooperation_iati_activity WHERE project_id = :id")
                .param("id", project.value())
                .query(String.class)
                .optional();
    }

    void save(ProjectId project, IatiSource source, String hash) {
        jdbc.sql("""
                INSERT INTO cooperation_iati_activity (project_id, identifier, body, source_hash)
                VALUES (:id, :identifier, CAST(:body AS jsonb), :hash)
                ON CONFLICT (project_id) DO UPDATE SET identifier = EXCLUDED.identifier, body = EXCLUDED.body,
                  source_hash = EXCLUDED.source_hash, updated_at = now()
                """)
                .param("id", project.value())
                .param("identifier", source.identifier())
                .param("body", json.writeValueAsString(source))
                .param("hash", hash)
                .update();
    }

    /** Replaces the project's transactions with the file's. */
    void replaceTransactions(ProjectId project, List<Transaction> fromFile, boolean existing) {
        if (existing) {
            jdbc.sql("DELETE FROM cooperation_transaction WHERE project_id = :id")
                    .param("id", project.value())
                    .update();
        }
        transactions.insertAll(project, fromFile);
    }

    /** Replaces the project's results with the file's, in file order. */
    void replaceResults(ProjectId project, List<ResultService.ResultRequest> fromFile, boolean existing) {
        if (existing) {
            jdbc.sql("DELETE FROM cooperation_result WHERE project_id = :id")
                    .param("id", project.value())
                    .update();
        }
        int position = 0;
        for (ResultService.ResultRequest result : fromFile) {
            jdbc.sql("INSERT INTO cooperation_result (id, project_id, position, body)"
                            + " VALUES (:id, :project, :position, CAST(:body AS jsonb))")
                    .param("id", UUID.randomUUID())
                    .param("project", project.value())
                    .param("position", position++)
                    .param("body", json.writeValueAsString(result))
                    .update();
        }
    }

    /** SHA-256 of a text, in hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
